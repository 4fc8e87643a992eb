using EGov.Disclosure.Requests.Intake.Applications;
using EGov.Disclosure.Requests.Intake.Registration;
using EGov.Disclosure.Requests.Intake.Tracking;
using EGov.Platform.Identity;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EGov.Disclosure.Requests.Intake.Api;

/// <summary>An online application through the API; drafts uploaded signed in through <c>/api/v1/attachments</c> may be attached.</summary>
internal sealed class ApiApplication : RequestApplication
{
    public List<Guid>? AttachmentIds { get; set; }
}

internal sealed record TrackQuery(string? Number, string? Code);

/// <summary>The receipt as the API returns it: the query code appears here once and nowhere else.</summary>
internal sealed record ReceiptResponse(string Number, string QueryCode, string AgencyName, DateTime SubmittedAt, string State, DateOnly? ReceivedOn, DateOnly? DueDate);

/// <summary>Submit, follow with number and query code, and the personal space: the same handlers as the pages.</summary>
internal static class PublicRequestEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var requests = endpoints.MapGroup("/api/v1/disclosure").WithTags("政府信息公开：申请");
        requests.MapPost("/requests", SubmitAsync).AllowAnonymous().RequireRateLimiting(IntakePolicies.PublicForm)
            .WithSummary("提交政府信息公开申请（网上申请）；返回申请编号和查询码（只返回这一次）");
        requests.MapPost("/requests/track", TrackAsync).AllowAnonymous().RequireRateLimiting(IntakePolicies.PublicForm)
            .WithSummary("凭申请编号和查询码查询办理进度");
        requests.MapGet("/my/requests", MineAsync).RequireAuthorization(PlatformPolicies.Public).WithSummary("我的政府信息公开申请");
        requests.MapGet("/my/requests/{id:guid}", MyRequestAsync).RequireAuthorization(PlatformPolicies.Public).WithSummary("我的一件申请的办理进度");
    }

    private static async Task<IResult> SubmitAsync(ApiApplication body, HttpContext context, SubmitRequestHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(body, new IntakeFiles([], body.AttachmentIds ?? []), context.User, cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error!.ToProblem();
        }

        var r = result.Value;
        return TypedResults.Created(IntakeUrls.Track, new ReceiptResponse(r.Number, r.QueryCode, r.AgencyName, r.SubmittedAt, r.State.ToString(), r.ReceivedOn, r.DueDate));
    }

    private static async Task<IResult> TrackAsync(TrackQuery query, RequestTracking tracking, CancellationToken cancellationToken)
    {
        var view = await tracking.FindAsync(query.Number, query.Code, cancellationToken);
        return view.IsSuccess ? TypedResults.Ok(view.Value) : view.Error!.ToProblem();
    }

    private static async Task<IResult> MineAsync(HttpContext context, MyRequests mine, CancellationToken cancellationToken)
        => TypedResults.Ok(await mine.ListAsync(context.User.AccountId()!.Value, cancellationToken));

    private static async Task<IResult> MyRequestAsync(Guid id, HttpContext context, RequestTracking tracking, CancellationToken cancellationToken)
        => await tracking.FindForAccountAsync(id, context.User.AccountId()!.Value, cancellationToken) is { } view
            ? TypedResults.Ok(view)
            : RequestTracking.NotYours.ToProblem();
}

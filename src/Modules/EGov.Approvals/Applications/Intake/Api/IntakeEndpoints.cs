using EGov.Approvals.Applications.Intake.Forms;
using EGov.Approvals.Applications.Intake.Registration;
using EGov.Approvals.Applications.Intake.Tracking;
using EGov.Approvals.Contracts;
using EGov.Platform.Identity;
using EGov.Platform.Identity.Api;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EGov.Approvals.Applications.Intake.Api;

/// <summary>Apply online, track with number and query code, the personal space, window intake: the same handlers as the pages.</summary>
internal static class IntakeEndpoints
{
    /// <summary>The host's per-IP limit for public forms.</summary>
    public const string PublicForm = "public-form";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/approvals").WithTags("政务服务：办件");
        api.MapPost("/applications", SubmitAsync).RequireAuthorization(PlatformPolicies.Public).RequireRateLimiting(PublicForm)
            .AddEndpointFilter<CookieCsrfFilter>().DisableAntiforgery()
            .WithSummary("网上申请：提交办件（表单数据、材料附件编号或复用的材料编号）；返回办件编号和查询码（只返回这一次）");
        api.MapGet("/applications/track", TrackAsync).AllowAnonymous().RequireRateLimiting(PublicForm)
            .WithSummary("凭办件编号和查询码查询办理过程、期限和文书");
        api.MapGet("/progress", TrackAsync).AllowAnonymous().RequireRateLimiting(PublicForm)
            .WithSummary("办理进度（同 /applications/track）");
        api.MapGet("/my/applications", MineAsync).RequireAuthorization(PlatformPolicies.Public).WithSummary("我的办件");
        api.MapGet("/my/applications/{id:guid}", MyApplicationAsync).RequireAuthorization(PlatformPolicies.Public).WithSummary("我的一件办件的办理过程");
        api.MapPost("/office/applications", RegisterAsync).RequireAuthorization("perm:" + ApprovalsPermissions.WindowIntake)
            .AddEndpointFilter<CookieCsrfFilter>().DisableAntiforgery()
            .WithSummary("窗口收件（一窗受理）：登记窗口收到的申请；返回办件编号、查询码和收件凭证");
    }

    private static async Task<IResult> SubmitAsync(OnlineApplicationBody body, HttpContext context, SubmitApplicationHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(
            body.ItemId, body.Applicant ?? new ApplicantInput(), FormInput.FromJson(body.Form), Given(body.Materials), context.User, cancellationToken);
        return result.IsSuccess
            ? TypedResults.Created(IntakeUrls.MyApplication(result.Value.Id), ReceiptResponse.From(result.Value))
            : result.Error!.ToProblem();
    }

    private static async Task<IResult> RegisterAsync(WindowApplicationBody body, HttpContext context, RegisterApplicationHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(
            body.ItemId, body.Applicant ?? new ApplicantInput(), FormInput.FromJson(body.Form), Given(body.Materials), body.ReceivedOn, context.User, cancellationToken);
        return result.IsSuccess
            ? TypedResults.Created(IntakeUrls.Office(result.Value.Id), ReceiptResponse.From(result.Value))
            : result.Error!.ToProblem();
    }

    private static async Task<IResult> TrackAsync(string? number, string? code, ApplicationTracking tracking, CancellationToken cancellationToken)
    {
        var view = await tracking.FindAsync(number, code, cancellationToken);
        return view.IsSuccess ? TypedResults.Ok(view.Value) : view.Error!.ToProblem();
    }

    private static async Task<IResult> MineAsync(HttpContext context, MyApplications mine, CancellationToken cancellationToken)
        => TypedResults.Ok(await mine.ListAsync(context.User.AccountId()!.Value, cancellationToken));

    private static async Task<IResult> MyApplicationAsync(Guid id, HttpContext context, ApplicationTracking tracking, CancellationToken cancellationToken)
        => await tracking.FindForAccountAsync(id, context.User.AccountId()!.Value, cancellationToken) is { } view
            ? TypedResults.Ok(view)
            : ApplicationTracking.NotYours.ToProblem();

    private static List<MaterialGiven> Given(List<ApiMaterial>? materials) => [.. (materials ?? []).Select(m => m.ToGiven())];
}

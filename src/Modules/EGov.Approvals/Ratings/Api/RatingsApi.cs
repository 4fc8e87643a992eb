using System.Security.Claims;
using EGov.Approvals.Contracts;
using EGov.Approvals.Domain;
using EGov.Approvals.Ratings.Public;
using EGov.Approvals.Ratings.Rate;
using EGov.Approvals.Ratings.Rectifications;
using EGov.Platform.Identity.Api;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace EGov.Approvals.Ratings.Api;

/// <summary>Rating for the applicant and at the window, and the public summary: the same handlers as the pages.</summary>
internal static class RatingsApi
{
    public static IEndpointRouteBuilder MapRatingsApi(this IEndpointRouteBuilder endpoints)
    {
        var my = endpoints.MapGroup("/api/v1/approvals/my/applications/{id:guid}").WithTags("政务服务：好差评")
            .RequireAuthorization(PlatformPolicies.Public).AddEndpointFilter<CookieCsrfFilter>().DisableAntiforgery();
        my.MapPost("/rating", (Guid id, RatingInput body, ClaimsPrincipal user, [FromServices] RateOnlineHandler handler, CancellationToken ct)
            => Created(id, () => handler.HandleAsync(id, body, user, ct))).WithSummary("一事一评：对已办结的本人办件评价（1至5星及各项指标，差评须写明原因），每件一次");
        my.MapGet("/rectification", MyRectificationsAsync).WithSummary("本人办件的差评整改情况");
        my.MapPost("/rectification-feedback", async (Guid id, FeedbackInput body, ClaimsPrincipal user, [FromServices] FeedbackHandler handler, CancellationToken ct)
            => await handler.FromApplicantAsync(id, body, user, ct) is { IsSuccess: false } r ? r.Error!.ToProblem() : TypedResults.NoContent())
            .WithSummary("对整改结果评价：满意、基本满意或不满意（不满意时重新整改一次）");
        endpoints.MapPost("/api/v1/approvals/office/applications/{id:guid}/window-rating", (Guid id, RatingInput body, ClaimsPrincipal user, [FromServices] RateAtWindowHandler handler, CancellationToken ct)
                => Created(id, () => handler.HandleAsync(id, body, user, ct)))
            .RequireAuthorization(PlatformPolicies.Permission(ApprovalsPermissions.WindowIntake)).AddEndpointFilter<CookieCsrfFilter>().DisableAntiforgery()
            .WithTags("政务服务：好差评").WithSummary("一次一评：申请人在窗口评价器上评价窗口服务（服务效率、服务水平、服务态度）");
        endpoints.MapGet("/api/v1/approvals/ratings/summary", SummaryAsync)
            .AllowAnonymous().WithTags("政务服务：好差评").WithSummary("好差评公开：按部门和事项的评价数、平均星级、满意率、差评数和差评整改率");
        return endpoints;
    }

    private static async Task<IResult> Created(Guid applicationId, Func<Task<Result<RatingReceipt>>> rate)
    {
        var result = await rate();
        return result.IsSuccess
            ? TypedResults.Created($"/my/applications/{applicationId}/rate", result.Value)
            : result.Error!.ToProblem();
    }

    private static async Task<IResult> SummaryAsync(DateOnly? from, DateOnly? to, [FromServices] RatingSummaryQuery query, CancellationToken ct)
    {
        var result = await query.QueryAsync(from, to, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();
    }

    private static async Task<IResult> MyRectificationsAsync(Guid id, ClaimsPrincipal user, [FromServices] FeedbackHandler handler, CancellationToken ct)
    {
        var mine = await handler.MineAsync(id, user, ct) ?? [];
        return TypedResults.Ok(mine.Select(c => new
        {
            c.Rectification.Id,
            State = c.Rectification.State.ToString(),
            StateName = ApprovalsNames.Of(c.Rectification.State),
            c.Rectification.Round,
            c.Rectification.OpenedOn,
            DueDate = c.Clock?.DueDate,
            Kind = c.Rectification.Kind is { } k ? ApprovalsNames.Of(k) : null,
            c.Rectification.Outcome,
            c.Rectification.RectifiedOn,
            Feedback = c.Rectification.Feedback?.ToString(),
        }));
    }
}

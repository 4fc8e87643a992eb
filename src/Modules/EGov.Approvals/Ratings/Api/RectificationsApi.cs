using System.Security.Claims;
using EGov.Approvals.Contracts;
using EGov.Approvals.Domain;
using EGov.Approvals.Domain.Ratings;
using EGov.Approvals.Ratings.Rectifications;
using EGov.Platform.Identity.Api;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace EGov.Approvals.Ratings.Api;

/// <summary>差评整改 for staff: list, detail, call-back, rectify, appeal, appeal decision, feedback for window applicants.</summary>
internal static class RectificationsApi
{
    public static IEndpointRouteBuilder MapRectificationsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/approvals/office/rectifications").WithTags("政务服务：差评整改")
            .RequireAuthorization(PlatformPolicies.Staff).AddEndpointFilter<CookieCsrfFilter>().DisableAntiforgery();
        var rectify = PlatformPolicies.Permission(ApprovalsPermissions.Rectify);
        group.MapGet("/", async (RectificationState? state, ClaimsPrincipal user, [FromServices] RectificationQueries queries, CancellationToken ct)
            => TypedResults.Ok(await queries.ListAsync(user, state, ct))).WithSummary("差评整改列表（权限范围内；复核人员另见全部申诉）");
        group.MapGet("/{id:guid}", DetailAsync).WithSummary("一件差评整改：评价、回访、整改、申诉和期限");
        group.MapPost("/{id:guid}/call-back", (Guid id, CallBackInput body, ClaimsPrincipal user, [FromServices] CallBackHandler h, [FromServices] RectificationQueries q, CancellationToken ct)
            => StepAsync(id, user, q, () => h.HandleAsync(id, body, user, ct), ct)).RequireAuthorization(rectify).WithSummary("记录回访（实名差评须先回访核实）；时间为北京时间");
        group.MapPost("/{id:guid}/rectify", (Guid id, RectifyInput body, ClaimsPrincipal user, [FromServices] RectifyHandler h, [FromServices] RectificationQueries q, CancellationToken ct)
            => StepAsync(id, user, q, () => h.HandleAsync(id, body, user, ct), ct)).RequireAuthorization(rectify).WithSummary("记录整改：Immediate 立行立改、Scheduled 限期整改、Explained 解释说明");
        group.MapPost("/{id:guid}/appeal", (Guid id, AppealInput body, ClaimsPrincipal user, [FromServices] AppealHandler h, [FromServices] RectificationQueries q, CancellationToken ct)
            => StepAsync(id, user, q, () => h.HandleAsync(id, body, user, ct), ct)).RequireAuthorization(rectify).WithSummary("申诉复核：认为属于误评或恶意评价（仅一次）");
        group.MapPost("/{id:guid}/appeal-decision", (Guid id, AppealDecisionInput body, ClaimsPrincipal user, [FromServices] AppealDecisionHandler h, [FromServices] RectificationQueries q, CancellationToken ct)
            => StepAsync(id, user, q, () => h.HandleAsync(id, body, user, ct), ct)).RequireAuthorization(PlatformPolicies.Permission(ApprovalsPermissions.View))
            .WithSummary("复核决定（区政务服务管理机构或全区监督人员）：申诉成立的评价不计入统计");
        group.MapPost("/{id:guid}/feedback", (Guid id, StaffFeedbackBody body, ClaimsPrincipal user, [FromServices] FeedbackHandler h, [FromServices] RectificationQueries q, CancellationToken ct)
            => StepAsync(id, user, q, () => h.FromStaffAsync(id, body.Input, body.Version, user, ct), ct)).RequireAuthorization(rectify)
            .WithSummary("登记没有账号的窗口申请人在回访中对整改结果的评价");
        return endpoints;
    }

    private static async Task<IResult> StepAsync(Guid id, ClaimsPrincipal user, RectificationQueries queries, Func<Task<Result>> step, CancellationToken ct)
    {
        var result = await step();
        return result.IsSuccess ? await DetailAsync(id, user, queries, ct) : result.Error!.ToProblem();
    }

    private static async Task<IResult> DetailAsync(Guid id, ClaimsPrincipal user, [FromServices] RectificationQueries queries, CancellationToken ct)
    {
        if (await queries.DetailAsync(id, user, ct) is not { } d)
        {
            return RatingErrors.NotFound.ToProblem();
        }

        var (r, g) = (d.Case.Rectification, d.Case.Rating);
        return TypedResults.Ok(new
        {
            r.Id,
            r.ApplicationId,
            d.Case.Application.Number,
            d.Case.Application.ItemName,
            Department = d.DepartmentName,
            Rating = new { g.Overall, Level = ApprovalsNames.RatingLevel(g.Overall), Channel = g.Channel.ToString(), g.Named, g.Comment, g.RatedAt, g.Excluded },
            State = r.State.ToString(),
            StateName = ApprovalsNames.Of(r.State),
            r.Round,
            r.OpenedOn,
            DueDate = d.Case.Clock?.DueDate,
            r.CalledBackAt,
            r.CallBackMethod,
            r.CallBackNote,
            Kind = r.Kind?.ToString(),
            r.Outcome,
            r.RectifiedOn,
            Feedback = r.Feedback?.ToString(),
            r.FeedbackComment,
            r.AppealReason,
            r.AppealUpheld,
            r.AppealDecision,
            r.Version,
        });
    }
}

internal sealed record StaffFeedbackBody(FeedbackInput Input, long? Version);

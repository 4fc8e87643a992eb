using System.Security.Claims;
using EGov.Platform.Data;
using EGov.Platform.Identity.Api;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using EGov.Portal.Contracts;
using EGov.Portal.Domain;
using EGov.Portal.Domain.Articles;
using EGov.Portal.Workflow.Handlers;
using EGov.Portal.Workflow.Queries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace EGov.Portal.Workflow.Api;

/// <summary>The workflow's steps for machine clients, calling the same handlers as the staff pages.</summary>
internal static class WorkflowApi
{
    public static IEndpointRouteBuilder MapWorkflowApi(this IEndpointRouteBuilder endpoints)
    {
        var articles = endpoints.MapGroup("/api/v1/portal/articles/{id:guid}")
            .RequireAuthorization(PlatformPolicies.Staff).AddEndpointFilter<CookieCsrfFilter>().DisableAntiforgery().WithTags("门户网站群：编审流程");
        articles.MapPost("/submit", SubmitAsync).RequireAuthorization(PlatformPolicies.Permission(PortalPermissions.Edit)).WithSummary("提交审核");
        articles.MapPost("/review", ReviewAsync).RequireAuthorization(PlatformPolicies.Permission(PortalPermissions.Review)).WithSummary("审核通过（可附意见）");
        articles.MapPost("/send-back", SendBackAsync).RequireAuthorization(PlatformPolicies.Permission(PortalPermissions.Review)).WithSummary("退回修改（须填写意见）");
        articles.MapPost("/confidentiality-review", ConfidentialityReviewAsync)
            .RequireAuthorization(PlatformPolicies.Permission(PortalPermissions.ConfidentialityReview)).WithSummary("保密审查：通过则发布或定时发布，不通过则退回");
        articles.MapPost("/withdraw", WithdrawAsync).WithSummary("撤稿（须填写原因）");
        articles.MapPost("/reopen", ReopenAsync).WithSummary("已撤稿或已下线的稿件转为草稿，重新编辑");
        articles.MapPost("/push", PushAsync).RequireAuthorization(PlatformPolicies.Permission(PortalPermissions.Edit)).WithSummary("推送到门户网站的栏目");

        var references = endpoints.MapGroup("/api/v1/portal/references/{id:guid}")
            .RequireAuthorization(PlatformPolicies.Staff).AddEndpointFilter<CookieCsrfFilter>().DisableAntiforgery().WithTags("门户网站群：编审流程");
        references.MapPost("/accept", AcceptAsync).WithSummary("采用推送的稿件");
        references.MapPost("/decline", DeclineAsync).WithSummary("不采用推送的稿件（须填写理由）");

        var queues = endpoints.MapGroup("/api/v1/portal/queues").RequireAuthorization(PlatformPolicies.Staff).WithTags("门户网站群：编审流程");
        queues.MapGet("/review", async ([FromServices] WorkflowQueues q, CancellationToken ct) => TypedResults.Ok(await q.AwaitingReviewAsync(ct)))
            .RequireAuthorization(PlatformPolicies.Permission(PortalPermissions.Review)).WithSummary("待审核的稿件（管理范围内）");
        queues.MapGet("/confidentiality-review", async ([FromServices] WorkflowQueues q, CancellationToken ct) => TypedResults.Ok(await q.AwaitingConfidentialityReviewAsync(ct)))
            .RequireAuthorization(PlatformPolicies.Permission(PortalPermissions.ConfidentialityReview)).WithSummary("待保密审查的稿件（管理范围内）");
        queues.MapGet("/pushes", async (ClaimsPrincipal user, [FromServices] WorkflowQueues q, CancellationToken ct)
            => TypedResults.Ok(Actor.Of(user) is { } actor ? await q.PendingPushesAsync(actor, ct) : []))
            .WithSummary("待处理的推送稿件");
        return endpoints;
    }

    private static Task<IResult> SubmitAsync(Guid id, ClaimsPrincipal user, [FromServices] SubmitHandler handler, [FromServices] EGovDbContext db, CancellationToken ct)
        => StepAsync(id, user, db, actor => handler.HandleAsync(id, actor, ct), ct);

    private static Task<IResult> ReviewAsync(Guid id, ReviewRequest? body, ClaimsPrincipal user, [FromServices] ReviewHandler handler, [FromServices] EGovDbContext db, CancellationToken ct)
        => StepAsync(id, user, db, actor => handler.PassAsync(id, actor, body?.Opinion, ct), ct);

    private static Task<IResult> SendBackAsync(Guid id, CommentRequest body, ClaimsPrincipal user, [FromServices] ReviewHandler handler, [FromServices] EGovDbContext db, CancellationToken ct)
        => StepAsync(id, user, db, actor => handler.SendBackAsync(id, actor, body.Comment, ct), ct);

    private static Task<IResult> ConfidentialityReviewAsync(Guid id, ConfidentialityReviewRequest body, ClaimsPrincipal user, [FromServices] ConfidentialityReviewHandler handler, [FromServices] EGovDbContext db, CancellationToken ct)
        => StepAsync(id, user, db, actor => handler.HandleAsync(id, actor, body.Passed, body.Opinion, ct), ct);

    private static Task<IResult> WithdrawAsync(Guid id, WithdrawRequest body, ClaimsPrincipal user, [FromServices] WithdrawHandler handler, [FromServices] EGovDbContext db, CancellationToken ct)
        => StepAsync(id, user, db, actor => handler.WithdrawAsync(id, actor, body.Reason, ct), ct);

    private static Task<IResult> ReopenAsync(Guid id, ClaimsPrincipal user, [FromServices] WithdrawHandler handler, [FromServices] EGovDbContext db, CancellationToken ct)
        => StepAsync(id, user, db, actor => handler.ReopenAsync(id, actor, ct), ct);

    private static async Task<IResult> PushAsync(Guid id, PushRequest body, ClaimsPrincipal user, [FromServices] PushHandler handler, CancellationToken ct)
    {
        if (Actor.Of(user) is not { } actor)
        {
            return TypedResults.Forbid();
        }

        var result = await handler.HandleAsync(id, actor, body.ChannelId, ct);
        return result.IsSuccess
            ? TypedResults.Created($"/api/v1/portal/references/{result.Value}", new PushResponse(result.Value))
            : result.Error!.ToProblem();
    }

    private static async Task<IResult> AcceptAsync(Guid id, ClaimsPrincipal user, [FromServices] ReferenceDecisionHandler handler, CancellationToken ct)
        => Actor.Of(user) is { } actor ? Done(await handler.AcceptAsync(id, actor, ct)) : TypedResults.Forbid();

    private static async Task<IResult> DeclineAsync(Guid id, CommentRequest body, ClaimsPrincipal user, [FromServices] ReferenceDecisionHandler handler, CancellationToken ct)
        => Actor.Of(user) is { } actor ? Done(await handler.DeclineAsync(id, actor, body.Comment, ct)) : TypedResults.Forbid();

    private static IResult Done(Result result) => result.IsSuccess ? TypedResults.NoContent() : result.Error!.ToProblem();

    private static async Task<IResult> StepAsync(Guid id, ClaimsPrincipal user, EGovDbContext db, Func<Actor, Task<Result>> step, CancellationToken ct)
    {
        if (Actor.Of(user) is not { } actor)
        {
            return TypedResults.Forbid();
        }

        var result = await step(actor);
        if (!result.IsSuccess)
        {
            return result.Error!.ToProblem();
        }

        var status = await db.Set<Article>().AsNoTracking().Where(a => a.Id == id).Select(a => a.Status).SingleAsync(ct);
        return TypedResults.Ok(new StepResponse(id, status.ToString(), PortalNames.Of(status)));
    }
}

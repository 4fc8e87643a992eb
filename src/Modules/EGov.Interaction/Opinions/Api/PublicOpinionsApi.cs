using EGov.Interaction.Opinions.Public;
using EGov.Platform.Identity.Api;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EGov.Interaction.Opinions.Api;

/// <summary><c>/api/v1/interaction/opinions…</c>: published collections and the opinion form, through the page's handler.</summary>
internal static class PublicOpinionsApi
{
    public const string PublicForm = "public-form";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/interaction/opinions").WithTags("互动交流：意见征集");
        api.MapGet("/", ListAsync).AllowAnonymous().WithSummary("已发布的意见征集（state: open 征集中、closed 已结束、feedback 已公布采纳情况）");
        api.MapGet("/{id:guid}", GetAsync).AllowAnonymous().WithSummary("一项意见征集：说明、征求意见稿、起止日期；公布后含采纳情况和统计");
        api.MapPost("/{id:guid}/opinions", SubmitAsync).AllowAnonymous().RequireRateLimiting(PublicForm)
            .AddEndpointFilter<SignedInCsrfFilter>().DisableAntiforgery()
            .WithSummary("提交意见（登录用户直接提交；未登录须带 proof：图形验证码、手机号和短信验证码）");
    }

    private static async Task<IResult> ListAsync(string? state, PublicCollections collections, CancellationToken ct)
    {
        var filter = state?.ToLowerInvariant() switch { "closed" => CollectionFilter.Closed, "feedback" => CollectionFilter.WithFeedback, _ => CollectionFilter.Open };
        var rows = await collections.ListAsync(filter, ct);
        return TypedResults.Ok(rows.Select(r => new { r.Id, r.Title, department = r.Department, r.OpensOn, r.ClosesOn, phase = r.Phase.ToString(), r.HasFeedback }));
    }

    private static async Task<IResult> GetAsync(Guid id, PublicCollections collections, CancellationToken ct)
    {
        if (await collections.FindAsync(id, ct) is not { } c)
        {
            return OpinionErrors.NotFound.ToProblem();
        }

        return TypedResults.Ok(new
        {
            c.Id,
            c.Title,
            department = c.Department,
            descriptionHtml = c.Description,
            c.OpensOn,
            c.ClosesOn,
            phase = c.Phase.ToString(),
            draft = c.DraftAttachmentId is { } draft ? new { url = $"/api/v1/attachments/{draft}", fileName = c.DraftFileName } : null,
            feedback = c.FeedbackPublishedAt is null ? null : new { summary = c.FeedbackSummary, publishedAt = c.FeedbackPublishedAt, counts = c.Tally },
        });
    }

    private static async Task<IResult> SubmitAsync(Guid id, OpinionInput body, HttpContext context, SubmitOpinionHandler handler, CancellationToken ct)
    {
        var result = await handler.SubmitAsync(id, body, context.User, ct);
        return result.IsSuccess ? TypedResults.Ok(new { result.Value.Id, result.Value.Held, message = result.Value.Message }) : result.Error!.ToProblem();
    }
}

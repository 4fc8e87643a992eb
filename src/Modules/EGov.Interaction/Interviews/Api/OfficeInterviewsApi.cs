using System.Security.Claims;
using EGov.Interaction.Contracts;
using EGov.Interaction.Domain.Interviews;
using EGov.Platform.Identity.Api;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace EGov.Interaction.Interviews.Api;

/// <summary>在线访谈 for staff (<c>interaction.consult</c>, department scope): the same handlers as the console.</summary>
internal static class OfficeInterviewsApi
{
    public static IEndpointRouteBuilder MapOfficeInterviewsApi(this IEndpointRouteBuilder endpoints)
    {
        var office = endpoints.MapGroup("/api/v1/interaction/office/interviews")
            .RequireAuthorization(PlatformPolicies.Permission(InteractionPermissions.Consult))
            .AddEndpointFilter<CookieCsrfFilter>().DisableAntiforgery().WithTags("互动交流：在线访谈管理");
        office.MapGet("", async (InterviewQueries q, CancellationToken ct) => TypedResults.Ok((await q.OfficeListAsync(ct)).Select(InterviewsApi.Summary)))
            .WithSummary("管理范围内的访谈（含筹备中）");
        office.MapGet("/{id:guid}", ConsoleAsync).WithSummary("访谈详情、实录和待处理的问题（含敏感词）");
        office.MapPost("", CreateAsync)
            .WithSummary("安排访谈（标题、主题、嘉宾每行一位“姓名 职务”、简介、开始和结束时间）");
        office.MapPut("/{id:guid}", (Guid id, InterviewBody b, [FromServices] ScheduleHandler h, CancellationToken ct) => Done(h.EditAsync(id, b.Input(), b.Version, ct)))
            .WithSummary("修改访谈（结束后不能修改）");
        office.MapPost("/{id:guid}/announce", (Guid id, VersionBody b, [FromServices] StageHandler h, CancellationToken ct) => Done(h.AnnounceAsync(id, b.Version, ct)))
            .WithSummary("发布预告：在门户显示并开始接受提问");
        office.MapPost("/{id:guid}/start", (Guid id, VersionBody b, [FromServices] StageHandler h, CancellationToken ct) => Done(h.StartAsync(id, b.Version, ct)))
            .WithSummary("开始直播");
        office.MapPost("/{id:guid}/end", (Guid id, VersionBody b, [FromServices] StageHandler h, CancellationToken ct) => Done(h.EndAsync(id, b.Version, ct)))
            .WithSummary("结束访谈并归档文字实录（此后不能再添加或修改）");
        office.MapPost("/{id:guid}/questions/{questionId:guid}/answer", (Guid id, Guid questionId, PostBody b, [FromServices] ModerationHandler h, CancellationToken ct)
            => Posted(h.AnswerAsync(id, questionId, new PostInput(b.Speaker, b.Text), ct))).WithSummary("以嘉宾身份回答网友问题（发布到实录）");
        office.MapPost("/{id:guid}/questions/{questionId:guid}/reject", (Guid id, Guid questionId, [FromServices] ModerationHandler h, CancellationToken ct)
            => Done(h.RejectAsync(id, questionId, ct))).WithSummary("不采用网友问题");
        office.MapPost("/{id:guid}/posts", (Guid id, PostBody b, [FromServices] ModerationHandler h, CancellationToken ct)
            => Posted(h.PostAsync(id, new PostInput(b.Speaker, b.Text), ct))).WithSummary("主持人或嘉宾发言（发布到实录）");
        return endpoints;
    }

    private static async Task<IResult> ConsoleAsync(Guid id, InterviewQueries queries, CancellationToken cancellationToken)
    {
        if (await queries.OfficeDetailAsync(id, cancellationToken) is not { } interview)
        {
            return InterviewErrors.NotFound.ToProblem();
        }

        var pending = await queries.QuestionsAsync(id, QuestionState.Pending, cancellationToken);
        return TypedResults.Ok(new { interview = InterviewsApi.Detail(interview), pendingQuestions = pending });
    }

    private static async Task<IResult> CreateAsync(InterviewBody body, ClaimsPrincipal user, [FromServices] ScheduleHandler handler, CancellationToken cancellationToken)
    {
        var created = await handler.CreateAsync(body.Input(), user, cancellationToken);
        return created.IsSuccess
            ? TypedResults.Created($"/api/v1/interaction/office/interviews/{created.Value}", new { id = created.Value })
            : created.Error!.ToProblem();
    }

    private static async Task<IResult> Done(Task<Result> step)
        => await step is { IsSuccess: false } failed ? failed.Error!.ToProblem() : TypedResults.NoContent();

    private static async Task<IResult> Posted(Task<Result<int>> step)
    {
        var posted = await step;
        return posted.IsSuccess ? TypedResults.Ok(new { sequence = posted.Value }) : posted.Error!.ToProblem();
    }
}

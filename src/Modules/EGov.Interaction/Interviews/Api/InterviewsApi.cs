using System.Security.Claims;
using EGov.Platform.Identity.Api;
using EGov.Platform.Results;
using EGov.Platform.Verification;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace EGov.Interaction.Interviews.Api;

/// <summary>在线访谈 for the public: the list, one interview with its record, the posts after a sequence, asking a question.</summary>
internal static class InterviewsApi
{
    public const string PublicForm = "public-form";

    public static IEndpointRouteBuilder MapInterviewsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/interaction/interviews").AllowAnonymous().WithTags("互动交流：在线访谈");
        api.MapGet("", ListAsync).WithSummary("预告、直播中和已结束的在线访谈");
        api.MapGet("/{id:guid}", DetailAsync).WithSummary("一场访谈：主题、嘉宾、时间、简介和按顺序排列的实录");
        api.MapGet("/{id:guid}/posts", PostsAsync).WithSummary("某序号之后的实录内容（after 缺省为 0）和访谈状态");
        api.MapPost("/{id:guid}/questions", AskAsync).AddEndpointFilter<SignedInCsrfFilter>().DisableAntiforgery().RequireRateLimiting(PublicForm)
            .WithSummary("预告或直播期间提问（未登录须填图形验证码）；经主持人选择后回答");
        return endpoints;
    }

    private static async Task<IResult> ListAsync(InterviewQueries queries, CancellationToken cancellationToken)
        => TypedResults.Ok((await queries.PublicListAsync(cancellationToken)).Select(Summary));

    private static async Task<IResult> DetailAsync(Guid id, InterviewQueries queries, CancellationToken cancellationToken)
        => await queries.PublicDetailAsync(id, cancellationToken) is { } i ? TypedResults.Ok(Detail(i)) : InterviewErrors.NotFound.ToProblem();

    private static async Task<IResult> PostsAsync(Guid id, int? after, InterviewQueries queries, CancellationToken cancellationToken)
        => await queries.PostsAfterAsync(id, after ?? 0, cancellationToken) is { } found
            ? TypedResults.Ok(new { state = found.State.ToString(), posts = found.Posts.Select(PostResponse.Of) })
            : InterviewErrors.NotFound.ToProblem();

    private static async Task<IResult> AskAsync(Guid id, QuestionBody body, ClaimsPrincipal user, [FromServices] AskHandler handler, CancellationToken cancellationToken)
    {
        var proof = new AnonymousProof { CaptchaId = body.CaptchaId, CaptchaAnswer = body.CaptchaAnswer };
        var result = await handler.AskAsync(id, new QuestionInput(body.AskerName, body.Text, proof), user, cancellationToken);
        return result.IsSuccess
            ? TypedResults.Created($"/interaction/interviews/{id}", new { id = result.Value, message = AskHandler.Submitted })
            : result.Error!.ToProblem();
    }

    public static object Summary(InterviewSummary i)
        => new { i.Id, i.Title, i.Subject, state = i.State.ToString(), stateName = InterviewNames.Of(i.State), i.StartsAt, i.EndsAt, i.Version };

    public static object Detail(InterviewDetail i) => new
    {
        i.Id,
        i.Title,
        i.Subject,
        department = i.DepartmentName,
        guests = i.Guests.Select(g => new { g.Name, g.Post }),
        i.Introduction,
        state = i.State.ToString(),
        stateName = InterviewNames.Of(i.State),
        i.StartsAt,
        i.EndsAt,
        i.ArchivedAt,
        takesQuestions = i.TakesQuestions,
        i.Version,
        posts = i.Posts.Select(PostResponse.Of),
    };
}

using EGov.Interaction.Domain;
using EGov.Interaction.Opinions.Api;
using EGov.Interaction.Surveys.Answering;
using EGov.Interaction.Surveys.Results;
using EGov.Platform.Identity.Api;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EGov.Interaction.Surveys.Api;

/// <summary><c>/api/v1/interaction/surveys…</c>: published surveys, the answer form and the results after closing.</summary>
internal static class SurveysApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/interaction/surveys").WithTags("互动交流：在线调查");
        api.MapGet("/", async (PublicSurveys surveys, CancellationToken ct) =>
            TypedResults.Ok((await surveys.ListAsync(null, ct)).Select(s => new { s.Id, s.Title, department = s.Department, s.OpensOn, s.ClosesOn, phase = s.Phase.ToString() })))
            .AllowAnonymous().WithSummary("已发布的调查");
        api.MapGet("/{id:guid}", GetAsync).AllowAnonymous().WithSummary("一项调查及其题目（Kind: SingleChoice、MultipleChoice、Text）");
        api.MapPost("/{id:guid}/responses", AnswerAsync).AllowAnonymous().RequireRateLimiting(PublicOpinionsApi.PublicForm)
            .AddEndpointFilter<SignedInCsrfFilter>().DisableAntiforgery()
            .WithSummary("提交答卷，每人一次（登录用户按账户；未登录须带 proof 验证手机号）");
        api.MapGet("/{id:guid}/results", async (Guid id, SurveyResultsQuery q, CancellationToken ct) =>
            await q.ForPublicAsync(id, ct) is { IsSuccess: true } r ? TypedResults.Ok(r.Value) : SurveyErrors.ResultsNotYet.ToProblem())
            .AllowAnonymous().WithSummary("调查结果（调查结束后公布；填空题只给回答数）");
    }

    private static async Task<IResult> GetAsync(Guid id, PublicSurveys surveys, CancellationToken ct)
    {
        if (await surveys.FindAsync(id, ct) is not { } s)
        {
            return SurveyErrors.NotFound.ToProblem();
        }

        return TypedResults.Ok(new
        {
            s.Id,
            s.Title,
            s.Description,
            s.OpensOn,
            s.ClosesOn,
            phase = Opinions.OpinionRules.PhaseOn(s.OpensOn, s.ClosesOn, surveys.Today).ToString(),
            questions = s.Questions.Select(q => new
            {
                q.Id,
                q.Text,
                kind = q.Kind.ToString(),
                kindName = InteractionNames.Of(q.Kind),
                q.IsRequired,
                options = q.Options.Select(o => new { o.Id, o.Text }),
            }),
        });
    }

    private static async Task<IResult> AnswerAsync(Guid id, ResponseInput body, HttpContext context, AnswerSurveyHandler handler, CancellationToken ct)
    {
        var result = await handler.AnswerAsync(id, body, context.User, ct);
        return result.IsSuccess ? TypedResults.Created($"/api/v1/interaction/surveys/{id}", new { id = result.Value, message = "答卷已提交，感谢您的参与。" }) : result.Error!.ToProblem();
    }
}

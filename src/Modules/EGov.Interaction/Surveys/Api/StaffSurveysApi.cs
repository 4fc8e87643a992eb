using EGov.Interaction.Contracts;
using EGov.Interaction.Surveys.Editing;
using EGov.Interaction.Surveys.Results;
using EGov.Platform.Identity.Api;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EGov.Interaction.Surveys.Api;

/// <summary><c>/api/v1/interaction/office/surveys…</c>: the editor's use cases, through the same handlers as the pages.</summary>
internal static class StaffSurveysApi
{
    private const string Base = "/api/v1/interaction/office/surveys";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var office = endpoints.MapGroup(Base).RequireAuthorization(PlatformPolicies.Permission(InteractionPermissions.Consult))
            .AddEndpointFilter<CookieCsrfFilter>().DisableAntiforgery().WithTags("互动交流：在线调查管理");
        office.MapGet("/", async (SurveyFinder finder, PublicSurveys surveys, CancellationToken ct) => TypedResults.Ok(await surveys.ListAsync(await finder.InScopeAsync(ct), ct)))
            .WithSummary("管理范围内的调查");
        office.MapGet("/{id:guid}/results", async (Guid id, SurveyResultsQuery q, CancellationToken ct) => Answer(await q.ForStaffAsync(id, ct)))
            .WithSummary("实时结果（含填空题回答）");
        office.MapGet("/{id:guid}/results/excel", async (Guid id, SurveyResultsQuery q, CancellationToken ct) =>
            await q.ForStaffAsync(id, ct) is { IsSuccess: true } r
                ? TypedResults.File(SurveyWorkbook.Create(r.Value), SurveyWorkbook.ContentType, $"调查结果-{r.Value.OpensOn:yyyyMMdd}.xlsx")
                : SurveyErrors.NotFound.ToProblem())
            .WithSummary("调查结果导出（Excel）");
        office.MapPost("/", async (SurveyInput input, SaveSurveyHandler h, CancellationToken ct) =>
            await h.CreateAsync(input, ct) is var r && r.IsSuccess ? TypedResults.Created($"{Base}/{r.Value}", new { id = r.Value }) : r.Error!.ToProblem())
            .WithSummary("新建调查（Kind: SingleChoice、MultipleChoice、Text；选择题至少两个选项）");
        office.MapPut("/{id:guid}", async (Guid id, SurveyInput input, SaveSurveyHandler h, CancellationToken ct) => Answer(await h.UpdateAsync(id, input, ct)))
            .WithSummary("修改调查（带 version）；已有答卷时题目不能修改");
        office.MapPost("/{id:guid}/publish", async (Guid id, VersionBody b, SurveyStatusHandler h, CancellationToken ct) => Answer(await h.PublishAsync(id, b.Version, ct)))
            .WithSummary("发布");
        office.MapPost("/{id:guid}/unpublish", async (Guid id, VersionBody b, SurveyStatusHandler h, CancellationToken ct) => Answer(await h.UnpublishAsync(id, b.Version, ct)))
            .WithSummary("撤回");
        office.MapPost("/{id:guid}/close", async (Guid id, VersionBody b, SurveyStatusHandler h, CancellationToken ct) => Answer(await h.CloseAsync(id, b.Version, ct)))
            .WithSummary("提前结束调查（截止日期改为昨天），结果随即公布");
    }

    private static IResult Answer<T>(Result<T> result) => result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();

    internal sealed record VersionBody(uint Version);
}

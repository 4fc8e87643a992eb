using EGov.Interaction.Letters.Publication.Statistics;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace EGov.Interaction.Letters.Publication;

/// <summary>The public read side: published letters and 留言办理情况统计, for anyone; the staff figures in scope.</summary>
internal static class LetterPublicationApi
{
    public static IEndpointRouteBuilder MapLetterPublicationApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/interaction").WithTags("互动交流：留言公开与统计");
        group.MapGet("/letters", ListAsync).AllowAnonymous()
            .WithSummary("已公开的信件（department=承办部门代码，kind=consultation/complaint/suggestion/helprequest/report，page），按公开时间倒序，每页 15 条");
        group.MapGet("/letters/{id:guid}", FindAsync).AllowAnonymous().WithSummary("一封已公开信件：公开的标题、内容、答复、答复部门和评价（不含来信人信息）");
        group.MapGet("/statistics", async (int? year, LetterStatisticsHandler handler, CancellationToken cancellationToken)
                => Answer(await handler.PublicAsync(year, cancellationToken)))
            .AllowAnonymous()
            .WithSummary("留言办理情况统计：收信、答复、按期答复率、满意率、平均答复天数，按月份和承办部门（year 缺省为最近12个月）");
        group.MapGet("/statistics/excel", async (int? year, LetterStatisticsHandler handler, CancellationToken cancellationToken)
                => Excel(await handler.PublicAsync(year, cancellationToken)))
            .AllowAnonymous().WithSummary("留言办理情况统计（Excel）");
        group.MapGet("/office/statistics", async (int? year, LetterStatisticsHandler handler, CancellationToken cancellationToken)
                => Answer(await handler.OfficeAsync(year, cancellationToken)))
            .WithSummary("留言办理情况统计（权限范围内的信件，含当前待答复数）");
        return endpoints;
    }

    private static async Task<IResult> ListAsync(
        [FromQuery] string? department, [FromQuery] string? kind, [FromQuery] int? page, PublishedLetters letters, CancellationToken cancellationToken)
    {
        var result = await letters.ListAsync(new LetterFilter(department, kind, page), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();
    }

    private static async Task<IResult> FindAsync(Guid id, PublishedLetters letters, CancellationToken cancellationToken)
        => await letters.FindAsync(id, cancellationToken) is { } letter ? TypedResults.Ok(letter) : PublicationErrors.NotPublished.ToProblem();

    private static IResult Answer(Result<LetterStatistics> result) => result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();

    private static IResult Excel(Result<LetterStatistics> result) => result.IsSuccess
        ? TypedResults.File(LetterStatisticsWorkbook.Create(result.Value), LetterStatisticsWorkbook.ContentType, LetterStatisticsWorkbook.FileName(result.Value))
        : result.Error!.ToProblem();
}

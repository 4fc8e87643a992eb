using System.Security.Claims;
using EGov.Disclosure.Reports.Export;
using EGov.Disclosure.Reports.Handling;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EGov.Disclosure.Reports.Api;

/// <summary>
/// <c>/api/v1/disclosure/annual-reports</c>: published reports for everyone (the live draft too for staff in scope),
/// and for staff with <c>disclosure.manage</c> saving, checking and publishing through the pages' handlers.
/// </summary>
internal static class ReportsApi
{
    public static void MapReportsApi(this IEndpointRouteBuilder endpoints)
    {
        var open = endpoints.MapGroup("/api/v1/disclosure/annual-reports").WithTags("政府信息公开").AllowAnonymous();
        open.MapGet("/", async (ReportQueries queries, CancellationToken cancellationToken) =>
                Results.Ok((await queries.ListPublishedAsync(cancellationToken)).Select(r => new
                {
                    year = r.Year,
                    agency = new { code = r.Agency.Code, name = r.Agency.Name },
                    title = r.Title,
                    publishedAt = r.PublishedAt,
                })))
            .WithSummary("已发布的政府信息公开工作年度报告");
        open.MapGet("/{year:int}", async (int year, string? agency, ReportQueries queries, CancellationToken cancellationToken) =>
                Reply(await queries.ForReaderAsync(year, agency, cancellationToken), v => Results.Ok(ReportJson.From(v))))
            .WithSummary("年度报告的表二、表三、表四及勾稽检查（不指定机关时为区人民政府的报告；工作人员可看到草稿）");
        open.MapGet("/{year:int}/excel", async (int year, string? agency, ReportQueries queries, CancellationToken cancellationToken) =>
                Reply(await queries.ForReaderAsync(year, agency, cancellationToken),
                    v => Results.File(ReportWorkbook.Create(v), ReportWorkbook.ContentType, $"{v.Title}.xlsx")))
            .WithSummary("年度报告的表格（Excel）");
        open.MapGet("/{year:int}/pdf", async (int year, string? agency, ReportQueries queries, ReportPdf pdf, CancellationToken cancellationToken) =>
                Reply(await queries.ForReaderAsync(year, agency, cancellationToken),
                    v => Reply(pdf.Create(v), bytes => Results.File(bytes, ReportPdf.ContentType, $"{v.Title}.pdf"))))
            .WithSummary("年度报告全文（PDF，含表二、表三、表四）");

        var staff = endpoints.MapGroup("/api/v1/disclosure/annual-reports").WithTags("政府信息公开")
            .RequireAuthorization(PlatformPolicies.Staff);
        staff.MapGet("/{year:int}/check", async (int year, string? agency, ReportQueries queries, CancellationToken cancellationToken) =>
                Reply(await queries.ForStaffAsync(year, agency, cancellationToken), v => Results.Ok(v.Tables.Check)))
            .WithSummary("表三勾稽关系检查（草稿按当前数据计算）");
        staff.MapPut("/{year:int}", async (int year, string? agency, ReportInput input, ClaimsPrincipal user, EditReportHandler handler, CancellationToken cancellationToken) =>
                Reply(await handler.SaveAsync(year, agency, input, user, cancellationToken), version => Results.Ok(new { version })))
            .WithSummary("保存年度报告的第一、五、六部分和表二中由其他系统提供的数字（需版本号）");
        staff.MapPost("/{year:int}/publish", async (int year, string? agency, PublishInput input, ClaimsPrincipal user, PublishReportHandler handler, CancellationToken cancellationToken) =>
            {
                var result = await handler.PublishAsync(year, agency, input.Version, user, cancellationToken);
                return result.IsSuccess ? Results.NoContent() : result.Error!.ToProblem();
            })
            .WithSummary("发布年度报告：统计年度须已结束，表三勾稽关系须成立");
    }

    private static IResult Reply<T>(Result<T> result, Func<T, IResult> ok) => result.IsSuccess ? ok(result.Value) : result.Error!.ToProblem();

    internal sealed record PublishInput(long Version);
}

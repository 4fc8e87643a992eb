using EGov.Disclosure.Reports.Export;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EGov.Disclosure.Reports.Statistics;

/// <summary><c>/api/v1/disclosure/office/statistics</c>: the figures of the statistics page, in scope.</summary>
internal static class StatisticsApi
{
    public static void MapStatisticsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/disclosure/office/statistics").WithTags("政府信息公开").RequireAuthorization(PlatformPolicies.Staff);
        group.MapGet("/", async (int? year, StatisticsHandler handler, CancellationToken cancellationToken) =>
            {
                var result = await handler.QueryAsync(year, cancellationToken);
                return result.IsSuccess ? Results.Ok(result.Value) : result.Error!.ToProblem();
            })
            .WithSummary("依申请公开统计：按状态、超期、平均办理工作日、按机关和月份（权限范围内）");
        group.MapGet("/excel", async (int? year, StatisticsHandler handler, CancellationToken cancellationToken) =>
            {
                var result = await handler.QueryAsync(year, cancellationToken);
                return result.IsSuccess
                    ? Results.File(StatisticsWorkbook.Create(result.Value), ReportWorkbook.ContentType, $"政府信息公开统计-{result.Value.Year}.xlsx")
                    : result.Error!.ToProblem();
            })
            .WithSummary("依申请公开统计（Excel）");
    }
}

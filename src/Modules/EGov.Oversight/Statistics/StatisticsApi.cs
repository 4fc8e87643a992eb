using EGov.Oversight.Contracts;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EGov.Oversight.Statistics;

/// <summary>
/// <c>/api/v1/oversight/statistics</c> and <c>/api/v1/oversight/report/{month}</c> (JSON), and the Excel export of the
/// statistics page at <c>/office/oversight/statistics.xlsx</c>. Months are <c>2026-11</c>; bad values give 400.
/// </summary>
internal static class StatisticsApi
{
    public static IEndpointRouteBuilder MapStatisticsApi(this IEndpointRouteBuilder endpoints)
    {
        var report = PlatformPolicies.Permission(OversightPermissions.Report);
        var group = endpoints.MapGroup("/api/v1/oversight").WithTags("电子监察：统计").RequireAuthorization(report);
        group.MapGet("/statistics", async (string? from, string? to, string? department, string? module, StatisticsQuery query, CancellationToken cancellationToken) =>
            {
                var result = await query.QueryAsync(from, to, department, module, cancellationToken);
                return result.IsSuccess ? Results.Ok(result.Value) : result.Error!.ToProblem();
            })
            .WithSummary("电子监察统计：按部门（含得分与排名）、事项、月份的办件、按时办结、逾期、黄牌、红牌、异常、好差评（权限范围内；from、to 为 2026-01 格式的月份）");
        group.MapGet("/report/{month}", async (string month, ReportQuery query, CancellationToken cancellationToken) =>
            {
                var result = await query.QueryAsync(month, cancellationToken);
                return result.IsSuccess ? Results.Ok(result.Value) : result.Error!.ToProblem();
            })
            .WithSummary("月度电子监察报告：当月统计与排名、按规则的黄牌红牌、当月红牌清单（month 为 2026-11 格式）");
        endpoints.MapGet("/office/oversight/statistics.xlsx", async (string? from, string? to, string? department, string? module, StatisticsQuery query, CancellationToken cancellationToken) =>
            {
                var result = await query.QueryAsync(from, to, department, module, cancellationToken);
                return result.IsSuccess
                    ? Results.File(StatisticsWorkbook.Create(result.Value), StatisticsWorkbook.ContentType, $"电子监察统计-{result.Value.From}至{result.Value.To}.xlsx")
                    : result.Error!.ToProblem();
            })
            .RequireAuthorization(report)
            .ExcludeFromDescription();
        return endpoints;
    }
}

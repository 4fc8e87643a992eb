using EGov.Platform.Results;
using EGov.Portal.Contracts;
using EGov.Portal.Monitoring.Health;
using EGov.Portal.Monitoring.Statistics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EGov.Portal.Monitoring;

internal static class MonitoringApi
{
    public static void MapMonitoringApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/portal")
            .RequireAuthorization("perm:" + PortalPermissions.Monitor)
            .WithTags("门户网站群");

        group.MapGet("/health-report", async (string? site, HealthReportHandler handler, CancellationToken cancellationToken) =>
        {
            var result = await handler.ReportAsync(site, cancellationToken);
            return result.IsSuccess ? Results.Ok(new { sites = result.Value }) : result.Error!.ToProblem();
        }).WithSummary("网站健康检查：首页更新、栏目更新、空白栏目、失效链接、缺失附件及单项否决指标（不指定站点时为权限范围内全部站点）");

        group.MapGet("/statistics", async (string? site, DateOnly? from, DateOnly? to, StatisticsHandler handler, CancellationToken cancellationToken) =>
        {
            var result = await handler.QueryAsync(site, from, to, cancellationToken);
            return result.IsSuccess ? Results.Ok(result.Value) : result.Error!.ToProblem();
        }).WithSummary("访问统计：每日浏览量、稿件和栏目排行（默认最近30天）");
    }
}

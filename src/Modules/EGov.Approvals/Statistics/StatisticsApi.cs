using EGov.Approvals.Contracts;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EGov.Approvals.Statistics;

/// <summary><c>/api/v1/approvals/statistics</c>: the figures of the statistics page, in scope, and the Excel export.</summary>
internal static class StatisticsApi
{
    public static IEndpointRouteBuilder MapStatisticsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/approvals/statistics").WithTags("政务服务：统计")
            .RequireAuthorization(PlatformPolicies.Permission(ApprovalsPermissions.View));
        group.MapGet("/", async (DateOnly? from, DateOnly? to, Guid? department, StatisticsHandler handler, CancellationToken cancellationToken) =>
            {
                var result = await handler.QueryAsync(from, to, department, cancellationToken);
                return result.IsSuccess ? Results.Ok(result.Value) : result.Error!.ToProblem();
            })
            .WithSummary("政务服务统计：网上与窗口收件、办结、按时办结、视为受理、平均办理工作日、好差评、事项网办目标（权限范围内，按部门和月份）");
        group.MapGet("/excel", async (DateOnly? from, DateOnly? to, Guid? department, StatisticsHandler handler, CancellationToken cancellationToken) =>
            {
                var result = await handler.QueryAsync(from, to, department, cancellationToken);
                return result.IsSuccess
                    ? Results.File(StatisticsWorkbook.Create(result.Value), StatisticsWorkbook.ContentType, $"政务服务统计-{result.Value.From:yyyyMMdd}-{result.Value.To:yyyyMMdd}.xlsx")
                    : result.Error!.ToProblem();
            })
            .WithSummary("政务服务统计（Excel）");
        return endpoints;
    }
}

using EGov.Oversight.Contracts;
using EGov.Platform.Identity.Api;
using EGov.Platform.Identity.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace EGov.Oversight.Scan;

internal static class ScanApi
{
    public static IEndpointRouteBuilder MapScanApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v1/oversight/scan", RunAsync)
            .RequireAuthorization(PlatformPolicies.Staff, PlatformPolicies.Permission(OversightPermissions.Supervise))
            .AddEndpointFilter<CookieCsrfFilter>().DisableAntiforgery()
            .WithTags("电子监察").WithSummary("立即扫描：刷新全部时限的预警状态，发出新的黄牌、红牌和异常并送达责任部门待办");
        return endpoints;
    }

    private static async Task<Ok<ScanResult>> RunAsync([FromServices] RunScanHandler handler, CancellationToken cancellationToken)
        => TypedResults.Ok(await handler.RunAsync(cancellationToken));
}

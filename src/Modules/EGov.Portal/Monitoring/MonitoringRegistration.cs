using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Portal.Monitoring;

/// <summary>网站健康与统计: inspection indicators, page-view statistics.</summary>
internal static class MonitoringRegistration
{
    public static IServiceCollection AddMonitoring(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapMonitoring(this IEndpointRouteBuilder endpoints) => endpoints;
}

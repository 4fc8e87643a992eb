using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Oversight.Scan;

internal static class ScanRegistration
{
    public static IServiceCollection AddOversightScan(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapOversightScan(this IEndpointRouteBuilder endpoints) => endpoints;
}

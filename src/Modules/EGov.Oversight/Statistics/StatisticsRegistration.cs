using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Oversight.Statistics;

internal static class StatisticsRegistration
{
    public static IServiceCollection AddOversightStatistics(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapOversightStatistics(this IEndpointRouteBuilder endpoints) => endpoints;
}

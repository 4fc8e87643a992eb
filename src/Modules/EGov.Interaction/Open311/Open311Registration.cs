using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Interaction.Open311;

/// <summary>Open311 GeoReport v2 at /open311/v2/ and the registered client programs with their API keys.</summary>
internal static class Open311Registration
{
    public static IServiceCollection AddOpen311(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapOpen311(this IEndpointRouteBuilder endpoints) => endpoints;
}

using EGov.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Oversight;

/// <summary>电子监察: real-time watch over every statutory clock, yellow and red cards, anomalies, statistics</summary>
public static class OversightModule
{
    public static readonly ModuleDescriptor Descriptor = new("oversight", "电子监察", "real-time watch over every statutory clock, yellow and red cards, anomalies, statistics");

    public static IServiceCollection AddOversight(this IServiceCollection services)
        => services.AddModuleParts(Descriptor).AddModelFrom<ModuleMarker>();

    public static IEndpointRouteBuilder MapOversight(this IEndpointRouteBuilder endpoints) => endpoints;

    private sealed class ModuleMarker;
}

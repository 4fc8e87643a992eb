using EGov.Oversight.Board;
using EGov.Oversight.Cards;
using EGov.Oversight.Demo;
using EGov.Oversight.Rules;
using EGov.Oversight.Scan;
using EGov.Oversight.Statistics;
using EGov.Platform.Hosting;
using EGov.Platform.Identity.Permissions;
using EGov.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Oversight;

/// <summary>电子监察: real-time watch over every statutory clock, yellow and red cards, anomalies, statistics</summary>
public static class OversightModule
{
    public static readonly ModuleDescriptor Descriptor = new("oversight", "电子监察", "real-time watch over every statutory clock, yellow and red cards, anomalies, statistics");

    public static IServiceCollection AddOversight(this IServiceCollection services)
    {
        services.AddSingleton<IDemoSeeder, OversightDemoRoles>();
        return services.AddModuleParts(Descriptor)
            .AddModelFrom<ModuleMarker>()
            .AddPermissions(OversightPermissionDefinitions.All)
            .AddOversightRules()
            .AddOversightScan()
            .AddOversightBoard()
            .AddOversightCards()
            .AddOversightStatistics();
    }

    public static IEndpointRouteBuilder MapOversight(this IEndpointRouteBuilder endpoints)
        => endpoints.MapOversightRules()
            .MapOversightScan()
            .MapOversightBoard()
            .MapOversightCards()
            .MapOversightStatistics();

    private sealed class ModuleMarker;
}

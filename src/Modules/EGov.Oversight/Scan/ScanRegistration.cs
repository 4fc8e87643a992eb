using EGov.Platform.Clocks;
using EGov.Platform.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Oversight.Scan;

internal static class ScanRegistration
{
    public static IServiceCollection AddOversightScan(this IServiceCollection services)
    {
        services.AddOptions<OversightOptions>().BindConfiguration(OversightOptions.Section);
        services.AddScoped<ClockCards>();
        services.AddScoped<CardEscalation>();
        services.AddScoped<AnomalyCards>();
        services.AddScoped<SupervisorDepartment>();
        services.AddScoped<CardInbox>();
        services.AddScoped<OversightScan>();
        services.AddScoped<RunScanHandler>();
        services.AddSingleton<ScanSignal>();
        services.AddSingleton<AnomalyCatchUp>();
        services.AddScoped<IClockObserver, OversightClockObserver>();
        services.AddHostedService<OversightScanJob>();
        services.AddSingleton<IDemoSeeder, ScanDemoSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapOversightScan(this IEndpointRouteBuilder endpoints) => endpoints.MapScanApi();
}

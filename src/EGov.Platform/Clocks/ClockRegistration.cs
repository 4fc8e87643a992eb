using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EGov.Platform.Clocks;

internal static class ClockRegistration
{
    public static IServiceCollection AddClocks(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ClockOptions>(configuration.GetSection(ClockOptions.Section));
        services.AddScoped<ClockService>();
        services.AddSingleton<ClockTypes>();
        services.AddSingleton(sp => new ClockThresholds(
            sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<ClockOptions>>()));
        services.AddScoped<ClockThresholdChanges>();
        services.AddSingleton<WarningRecomputation>();
        services.AddHostedService(sp => sp.GetRequiredService<WarningRecomputation>());
        return services;
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Platform.Clocks;

internal static class ClockRegistration
{
    public static IServiceCollection AddClocks(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ClockOptions>(configuration.GetSection(ClockOptions.Section));
        services.AddScoped<ClockService>();
        services.AddSingleton<ClockTypes>();
        return services;
    }
}

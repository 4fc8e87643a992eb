using Microsoft.Extensions.DependencyInjection;

namespace EGov.Platform.Clocks;

public static class ClockTypeRegistration
{
    /// <summary>Registers a kind of clock the module starts, for oversight's board, cards and statistics.</summary>
    public static IServiceCollection AddClockType(this IServiceCollection services, ClockType type)
    {
        services.AddSingleton(type);
        return services;
    }
}

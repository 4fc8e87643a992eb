using EGov.Approvals.Oversight.Demo;
using EGov.Oversight.Contracts;
using EGov.Platform.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Approvals.Oversight;

internal static class OversightRegistration
{
    /// <summary>The module's anomaly checks for 电子监察 and the demo applications that show them on the board.</summary>
    public static IServiceCollection AddApprovalsOversight(this IServiceCollection services)
    {
        services.AddScoped<IAnomalySource, ApplicationAnomalySource>();
        services.AddSingleton<IDemoSeeder, OversightDemoApplications>();
        return services;
    }
}

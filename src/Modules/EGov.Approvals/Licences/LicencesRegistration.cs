using EGov.Approvals.Licences.Issuing;
using EGov.Approvals.Licences.Pdf;
using EGov.Platform.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Approvals.Licences;

internal static class LicencesRegistration
{
    public static IServiceCollection AddLicences(this IServiceCollection services)
    {
        services.AddOptions<LicenceOptions>().BindConfiguration(ApprovalsOptions.Section);
        services.AddScoped<LicenceSigningKeys>();
        services.AddScoped<ILicenceIssuer, LicenceIssuer>();
        services.AddSingleton<LicencePdf>();
        services.AddSingleton<IStartupTask, LicenceKeysStartupTask>();
        services.AddSingleton<IDemoSeeder, LicenceKeysDemoSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapLicences(this IEndpointRouteBuilder endpoints) => endpoints;
}

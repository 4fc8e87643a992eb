using EGov.Disclosure.Agencies;
using EGov.Disclosure.Catalog;
using EGov.Disclosure.Demo;
using EGov.Disclosure.Letters;
using EGov.Disclosure.Reports;
using EGov.Disclosure.Requests;
using EGov.Disclosure.Requests.Handling;
using EGov.Disclosure.Requests.Intake;
using EGov.Platform.Hosting;
using EGov.Platform.Identity.Permissions;
using EGov.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Disclosure;

/// <summary>政府信息公开: disclosure guide and catalog with index numbers, proactive disclosure, requests on the statutory clock, annual report</summary>
public static class DisclosureModule
{
    public static readonly ModuleDescriptor Descriptor = new("disclosure", "政府信息公开", "disclosure guide and catalog with index numbers, proactive disclosure, requests on the statutory clock, annual report");

    public static IServiceCollection AddDisclosure(this IServiceCollection services)
    {
        services.AddOptions<DisclosureOptions>().BindConfiguration(DisclosureOptions.Section);
        services.AddScoped<RequestJournal>();
        services.AddScoped<RequestAccess>();
        services.AddScoped<AgencyDirectory>();
        services.AddSingleton<IDemoSeeder, DisclosureDemoRoles>();
        services.AddSingleton(new NavigationItem(Shell.Portal, "政府信息公开", "/disclosure", null, 20));
        return services.AddModuleParts(Descriptor)
            .AddModelFrom<ModuleMarker>()
            .AddPermissions(DisclosurePermissionDefinitions.All)
            .AddDisclosureClockTypes()
            .AddDisclosureCatalog()
            .AddRequestIntake()
            .AddRequestHandling()
            .AddDisclosureLetters()
            .AddDisclosureReports();
    }

    public static IEndpointRouteBuilder MapDisclosure(this IEndpointRouteBuilder endpoints)
        => endpoints.MapDisclosureCatalog()
            .MapRequestIntake()
            .MapRequestHandling()
            .MapDisclosureLetters()
            .MapDisclosureReports();

    private sealed class ModuleMarker;
}

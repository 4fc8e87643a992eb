using EGov.Platform.Identity.Permissions;
using EGov.Platform.Modules;
using EGov.Portal.Authoring;
using EGov.Portal.Monitoring;
using EGov.Portal.PublicSite;
using EGov.Portal.Search;
using EGov.Portal.Workflow;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Portal;

/// <summary>门户网站群: district portal and department sub-sites, channels, articles, publishing workflow, full-text search, feeds</summary>
public static class PortalModule
{
    public static readonly ModuleDescriptor Descriptor = new("portal", "门户网站群", "district portal and department sub-sites, channels, articles, publishing workflow, full-text search, feeds");

    public static IServiceCollection AddPortal(this IServiceCollection services)
        => services.AddModuleParts(Descriptor)
            .AddModelFrom<ModuleMarker>()
            .AddPermissions(PortalPermissionDefinitions.All)
            .AddPortalSearch()
            .AddAuthoring()
            .AddWorkflow()
            .AddPublicSite()
            .AddMonitoring();

    public static IEndpointRouteBuilder MapPortal(this IEndpointRouteBuilder endpoints)
        => endpoints.MapPortalSearch()
            .MapAuthoring()
            .MapWorkflow()
            .MapPublicSite()
            .MapMonitoring();

    private sealed class ModuleMarker;
}

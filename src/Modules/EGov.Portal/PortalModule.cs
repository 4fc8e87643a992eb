using EGov.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Portal;

/// <summary>门户网站群: district portal and department sub-sites, channels, articles, publishing workflow, full-text search, feeds</summary>
public static class PortalModule
{
    public static readonly ModuleDescriptor Descriptor = new("portal", "门户网站群", "district portal and department sub-sites, channels, articles, publishing workflow, full-text search, feeds");

    public static IServiceCollection AddPortal(this IServiceCollection services)
        => services.AddModuleParts(Descriptor).AddModelFrom<ModuleMarker>();

    public static IEndpointRouteBuilder MapPortal(this IEndpointRouteBuilder endpoints) => endpoints;

    private sealed class ModuleMarker;
}

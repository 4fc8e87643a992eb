using EGov.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Disclosure;

/// <summary>政府信息公开: disclosure guide and catalog with index numbers, proactive disclosure, requests on the statutory clock, annual report</summary>
public static class DisclosureModule
{
    public static readonly ModuleDescriptor Descriptor = new("disclosure", "政府信息公开", "disclosure guide and catalog with index numbers, proactive disclosure, requests on the statutory clock, annual report");

    public static IServiceCollection AddDisclosure(this IServiceCollection services)
        => services.AddModuleParts(Descriptor).AddModelFrom<ModuleMarker>();

    public static IEndpointRouteBuilder MapDisclosure(this IEndpointRouteBuilder endpoints) => endpoints;

    private sealed class ModuleMarker;
}

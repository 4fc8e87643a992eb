using EGov.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Security;

/// <summary>安全管理: consoles of the three administrators, keys, certificates, seals, sign-in factors, single sign-on</summary>
public static class SecurityModule
{
    public static readonly ModuleDescriptor Descriptor = new("security", "安全管理", "consoles of the three administrators, keys, certificates, seals, sign-in factors, single sign-on");

    public static IServiceCollection AddSecurity(this IServiceCollection services)
        => services.AddModuleParts(Descriptor).AddModelFrom<ModuleMarker>();

    public static IEndpointRouteBuilder MapSecurity(this IEndpointRouteBuilder endpoints) => endpoints;

    private sealed class ModuleMarker;
}

using EGov.Platform.Identity.Permissions;
using EGov.Platform.Modules;
using EGov.Security.Seals;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Security;

/// <summary>安全管理: consoles of the three administrators, keys, certificates, seals, sign-in factors, single sign-on</summary>
public static class SecurityModule
{
    public static readonly ModuleDescriptor Descriptor = new("security", "安全管理", "consoles of the three administrators, keys, certificates, seals, sign-in factors, single sign-on");

    public static IServiceCollection AddSecurity(this IServiceCollection services)
        => services.AddModuleParts(Descriptor)
            .AddModelFrom<ModuleMarker>()
            .AddPermissions(SecurityPermissionDefinitions.All)
            .AddSeals();

    public static IEndpointRouteBuilder MapSecurity(this IEndpointRouteBuilder endpoints) => endpoints.MapSeals();

    private sealed class ModuleMarker;
}

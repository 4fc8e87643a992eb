using EGov.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Office;

/// <summary>机关办公: duty rosters, attendance, meetings and video conferences, notices, directory</summary>
public static class OfficeModule
{
    public static readonly ModuleDescriptor Descriptor = new("office", "机关办公", "duty rosters, attendance, meetings and video conferences, notices, directory");

    public static IServiceCollection AddOffice(this IServiceCollection services)
        => services.AddModuleParts(Descriptor).AddModelFrom<ModuleMarker>();

    public static IEndpointRouteBuilder MapOffice(this IEndpointRouteBuilder endpoints) => endpoints;

    private sealed class ModuleMarker;
}

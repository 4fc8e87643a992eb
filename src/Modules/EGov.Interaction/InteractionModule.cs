using EGov.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Interaction;

/// <summary>互动交流: letters to leaders, consultations, complaints, opinion collection, surveys, online interviews, Open311</summary>
public static class InteractionModule
{
    public static readonly ModuleDescriptor Descriptor = new("interaction", "互动交流", "letters to leaders, consultations, complaints, opinion collection, surveys, online interviews, Open311");

    public static IServiceCollection AddInteraction(this IServiceCollection services)
        => services.AddModuleParts(Descriptor).AddModelFrom<ModuleMarker>();

    public static IEndpointRouteBuilder MapInteraction(this IEndpointRouteBuilder endpoints) => endpoints;

    private sealed class ModuleMarker;
}

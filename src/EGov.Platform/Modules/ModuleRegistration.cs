using EGov.Platform.Data;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Platform.Modules;

public static class ModuleRegistration
{
    /// <summary>Registers a module's descriptor, its entity configurations and its navigation links.</summary>
    public static IServiceCollection AddModuleParts(this IServiceCollection services, ModuleDescriptor descriptor, params NavigationItem[] navigation)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        services.AddSingleton(descriptor);
        foreach (var item in navigation)
        {
            services.AddSingleton(item);
        }

        return services;
    }

    public static IServiceCollection AddModelFrom<TMarker>(this IServiceCollection services)
        => services.AddSingleton<IModelContributor>(new AssemblyModelContributor(typeof(TMarker).Assembly));
}

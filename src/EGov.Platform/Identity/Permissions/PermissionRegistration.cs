using Microsoft.Extensions.DependencyInjection;

namespace EGov.Platform.Identity.Permissions;

public static class PermissionRegistration
{
    /// <summary>Makes a module's permissions known to the roles console and to the built-in administrator roles.</summary>
    public static IServiceCollection AddPermissions(this IServiceCollection services, IEnumerable<PermissionDefinition> definitions)
    {
        foreach (var definition in definitions)
        {
            services.AddSingleton(definition);
        }

        return services;
    }
}

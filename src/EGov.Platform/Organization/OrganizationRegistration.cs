using Microsoft.Extensions.DependencyInjection;

namespace EGov.Platform.Organization;

internal static class OrganizationRegistration
{
    public static IServiceCollection AddOrganization(this IServiceCollection services) => services;
}

using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Approvals.Licences;

internal static class LicencesRegistration
{
    public static IServiceCollection AddLicences(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapLicences(this IEndpointRouteBuilder endpoints) => endpoints;
}

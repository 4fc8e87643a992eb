using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Disclosure.Catalog;

internal static class CatalogRegistration
{
    public static IServiceCollection AddDisclosureCatalog(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapDisclosureCatalog(this IEndpointRouteBuilder endpoints) => endpoints;
}

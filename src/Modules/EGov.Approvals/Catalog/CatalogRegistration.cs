using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Approvals.Catalog;

internal static class CatalogRegistration
{
    public static IServiceCollection AddApprovalsCatalog(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapApprovalsCatalog(this IEndpointRouteBuilder endpoints) => endpoints;
}

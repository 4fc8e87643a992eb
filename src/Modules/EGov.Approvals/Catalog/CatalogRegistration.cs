using EGov.Approvals.Catalog.Demo;
using EGov.Approvals.Catalog.Search;
using EGov.Platform.Hosting;
using EGov.Portal.Contracts.Search;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Approvals.Catalog;

/// <summary>事项目录: the 实施清单 of each department, its consistency rules, the staff editor, the public guide and the search feed.</summary>
internal static class CatalogRegistration
{
    public static IServiceCollection AddApprovalsCatalog(this IServiceCollection services)
    {
        services.AddSingleton<IDemoSeeder, ItemDemoSeeder>();
        services.AddScoped<ItemCatalog>();
        services.AddScoped<ISearchSource, ItemSearchSource>();
        return services;
    }

    public static IEndpointRouteBuilder MapApprovalsCatalog(this IEndpointRouteBuilder endpoints) => endpoints;
}

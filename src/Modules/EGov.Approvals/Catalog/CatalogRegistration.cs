using EGov.Approvals.Catalog.Api;
using EGov.Approvals.Catalog.Demo;
using EGov.Approvals.Catalog.Editing;
using EGov.Approvals.Catalog.Public;
using EGov.Approvals.Catalog.Search;
using EGov.Approvals.Contracts;
using EGov.Platform.Hosting;
using EGov.Platform.Modules;
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
        services.AddHttpContextAccessor();
        services.AddScoped<ItemAccess>();
        services.AddScoped<ItemFiles>();
        services.AddScoped<SaveItemHandler>();
        services.AddScoped<ItemStatusHandler>();
        services.AddScoped<StaffItemQueries>();
        services.AddScoped<PublicItems>();
        services.AddSingleton(new NavigationItem(Shell.Office, "政务服务事项", "/office/approvals/items", ApprovalsPermissions.Catalog, 60));
        return services;
    }

    public static IEndpointRouteBuilder MapApprovalsCatalog(this IEndpointRouteBuilder endpoints)
    {
        PublicItemsApi.Map(endpoints);
        StaffItemsApi.Map(endpoints);
        return endpoints;
    }
}

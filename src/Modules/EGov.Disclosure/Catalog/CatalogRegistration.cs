using EGov.Disclosure.Agencies;
using EGov.Disclosure.Catalog.Api;
using EGov.Disclosure.Catalog.Categories;
using EGov.Disclosure.Catalog.Demo;
using EGov.Disclosure.Catalog.Items;
using EGov.Disclosure.Catalog.Public;
using EGov.Disclosure.Catalog.Search;
using EGov.Disclosure.Catalog.Workflow;
using EGov.Disclosure.Contracts;
using EGov.Platform.Hosting;
using EGov.Platform.Modules;
using EGov.Portal.Contracts.Search;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Disclosure.Catalog;

/// <summary>公开指南与目录: categories, agency settings, catalog items with index numbers, the 第二十六条 clock, review, publication.</summary>
internal static class CatalogRegistration
{
    public static IServiceCollection AddDisclosureCatalog(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<IStartupTask, DefaultCategoriesTask>();
        services.AddSingleton<IDemoSeeder, CatalogDemoSeeder>();
        services.AddScoped<CategoryHandler>();
        services.AddScoped<AgencySettingsHandler>();
        services.AddScoped<PublicAgencies>();
        services.AddScoped<CatalogAccess>();
        services.AddScoped<CatalogFiles>();
        services.AddScoped<ProactiveClock>();
        services.AddScoped<SaveCatalogItemHandler>();
        services.AddScoped<StaffCatalogQueries>();
        services.AddScoped<StaffCatalogDetail>();
        services.AddScoped<CatalogInbox>();
        services.AddScoped<CatalogReviewHandler>();
        services.AddScoped<CatalogPublisher>();
        services.AddScoped<PublicCatalog>();
        services.AddScoped<ISearchSource, CatalogSearchSource>();
        services.AddSingleton(new NavigationItem(Shell.Office, "信息公开目录", "/office/disclosure/catalog", DisclosurePermissions.Catalog, 50));
        services.AddSingleton(new NavigationItem(Shell.Office, "公开保密审查", "/office/disclosure/catalog/reviews", DisclosurePermissions.ConfidentialityReview, 51));
        services.AddSingleton(new NavigationItem(Shell.Office, "公开指南设置", "/office/disclosure/agencies", DisclosurePermissions.Manage, 58));
        return services;
    }

    public static IEndpointRouteBuilder MapDisclosureCatalog(this IEndpointRouteBuilder endpoints)
    {
        PublicCatalogApi.Map(endpoints);
        StaffCatalogApi.Map(endpoints);
        OfficeSettingsApi.Map(endpoints);
        return endpoints;
    }
}

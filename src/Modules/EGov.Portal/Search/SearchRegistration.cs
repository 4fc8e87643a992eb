using EGov.Portal.Contracts.Search;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Portal.Search;

/// <summary>全文检索: Lucene index, outbox follower, search page and API, rebuild verb.</summary>
internal static class SearchRegistration
{
    public static IServiceCollection AddPortalSearch(this IServiceCollection services)
        => services.AddScoped<ISearchFeed, SearchFeed>();

    public static IEndpointRouteBuilder MapPortalSearch(this IEndpointRouteBuilder endpoints) => endpoints;
}

using EGov.Platform.Data;
using EGov.Platform.Hosting;
using EGov.Portal.Contracts.Search;
using EGov.Portal.Search.Api;
using EGov.Portal.Search.Following;
using EGov.Portal.Search.Index;
using EGov.Portal.Search.Querying;
using EGov.Portal.Search.Rebuild;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Portal.Search;

/// <summary>全文检索: Lucene index, outbox follower, search page and API, rebuild verb.</summary>
internal static class SearchRegistration
{
    public static IServiceCollection AddPortalSearch(this IServiceCollection services)
    {
        services.AddSingleton<IndexFolders>();
        services.AddSingleton<LuceneSearchIndex>();
        services.AddSingleton<OutboxSignals>();
        services.AddSingleton<OutboxFollower>();
        services.AddSingleton<OutboxPruner>();
        services.AddSingleton<SearchRebuild>();
        services.AddSingleton<FollowOnSave>();
        services.ConfigureDbContext<EGovDbContext>((provider, options) => options.AddInterceptors(provider.GetRequiredService<FollowOnSave>()));
        services.AddHostedService<SearchFollowerService>();
        services.AddSingleton<IStartupTask, SearchStartupTask>();
        services.AddSingleton<ICommandVerb, SearchRebuildVerb>();
        services.AddScoped<ISearchFeed, SearchFeed>();
        services.AddScoped<ISearchSource, ArticleSearchSource>();
        services.AddScoped<SearchHandler>();
        return services;
    }

    public static IEndpointRouteBuilder MapPortalSearch(this IEndpointRouteBuilder endpoints)
    {
        SearchEndpoint.Map(endpoints);
        return endpoints;
    }
}

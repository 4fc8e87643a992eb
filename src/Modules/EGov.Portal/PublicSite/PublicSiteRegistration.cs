using EGov.Platform.Hosting;
using EGov.Portal.PublicSite.Demo;
using EGov.Portal.Sites;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Portal.PublicSite;

/// <summary>公众页面: home pages, channels, articles, feeds, sitemap, robots, print view, page-view counting, demo content.</summary>
internal static class PublicSiteRegistration
{
    private const string Area = "Portal";

    public static IServiceCollection AddPublicSite(this IServiceCollection services)
    {
        services.AddOutputCache(o => o.AddPolicy(PublicPagePolicy.Name, new PublicPagePolicy()));
        services.AddSingleton<SiteDirectory>();
        services.AddSingleton<PublicPageCache>();
        services.AddSingleton<PortalSiteSettings>();
        services.AddSingleton<SiteResolver>();
        services.AddScoped<PublicArticles>();
        services.AddScoped<ArticleLoader>();
        services.AddScoped<ChannelListing>();
        services.AddSingleton<IStartupTask, PortalSiteStartupTask>();
        services.AddSingleton<IDemoSeeder, PortalDemoSeeder>();

        // The same pages serve a sub-site under /sites/{site}; the portal's own routes are in the pages.
        services.Configure<RazorPagesOptions>(o =>
        {
            o.Conventions.AddAreaPageRoute(Area, "/PublicSite/Home", "sites/{site}");
            o.Conventions.AddAreaPageRoute(Area, "/PublicSite/Channel", "sites/{site}/channels/{channel}");
            o.Conventions.AddAreaPageRoute(Area, "/PublicSite/Article", "sites/{site}/articles/{id:guid}");
            o.Conventions.AddAreaPageRoute(Area, "/PublicSite/Print", "sites/{site}/articles/{id:guid}/print");
        });
        return services;
    }

    public static IEndpointRouteBuilder MapPublicSite(this IEndpointRouteBuilder endpoints)
    {
        Public(endpoints.MapGet("/channels/{channel}/rss.xml", (string channel, HttpContext context, SiteResolver resolver, PublicArticles articles, CancellationToken cancellationToken)
            => ChannelFeed.GetAsync(null, channel, context, resolver, articles, cancellationToken)));
        Public(endpoints.MapGet("/sites/{site}/channels/{channel}/rss.xml", ChannelFeed.GetAsync));
        Public(endpoints.MapGet("/sitemap.xml", SitemapXml.GetAsync));
        Public(endpoints.MapGet("/robots.txt", RobotsTxt.Get));
        Api.PublicContentApi.Map(endpoints);
        return endpoints;
    }

    private static void Public(RouteHandlerBuilder endpoint)
        => endpoint.AllowAnonymous().CacheOutput(PublicPagePolicy.Name).ExcludeFromDescription();
}

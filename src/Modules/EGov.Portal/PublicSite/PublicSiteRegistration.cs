using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Portal.PublicSite;

/// <summary>公众页面: home pages, channels, articles, feeds, sitemap, robots, print view, page-view counting, demo content.</summary>
internal static class PublicSiteRegistration
{
    public static IServiceCollection AddPublicSite(this IServiceCollection services)
        => services.AddOutputCache().AddSingleton<PublicPageCache>();

    public static IEndpointRouteBuilder MapPublicSite(this IEndpointRouteBuilder endpoints) => endpoints;
}

using Microsoft.AspNetCore.Http;

namespace EGov.Portal.PublicSite;

/// <summary><c>/robots.txt</c>: crawlers keep out of the staff, admin, account and API addresses and find the sitemap.</summary>
internal static class RobotsTxt
{
    public static IResult Get(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sitemap = PublicPageMeta.Absolute(context.Request, "/sitemap.xml");
        var text = $"User-agent: *\nDisallow: /office\nDisallow: /admin\nDisallow: /account\nDisallow: /api\n\nSitemap: {sitemap}\n";
        return TypedResults.Text(text, "text/plain; charset=utf-8");
    }
}

using EGov.Portal.Domain.Sites;

namespace EGov.Portal.Sites;

/// <summary>
/// The public addresses of the site group. The portal (<see cref="Site.IsPortal"/>) lives at the root; a sub-site
/// under <c>/sites/{code}</c>. Every public link is made here.
/// </summary>
internal static class PortalUrls
{
    public const string PortalCode = "www";

    public static string SitePrefix(string siteCode, bool isPortal) => isPortal ? "" : $"/sites/{siteCode}";

    public static string Home(string siteCode, bool isPortal) => isPortal ? "/" : $"/sites/{siteCode}/";

    public static string Channel(string siteCode, bool isPortal, string channelCode)
        => $"{SitePrefix(siteCode, isPortal)}/channels/{channelCode}";

    public static string ChannelFeed(string siteCode, bool isPortal, string channelCode)
        => $"{Channel(siteCode, isPortal, channelCode)}/rss.xml";

    public static string Article(string siteCode, bool isPortal, Guid articleId)
        => $"{SitePrefix(siteCode, isPortal)}/articles/{articleId:N}";

    public static string ArticlePrint(string siteCode, bool isPortal, Guid articleId)
        => $"{Article(siteCode, isPortal, articleId)}/print";

    public static string Home(Site site) => Home(site.Code, site.IsPortal);
}

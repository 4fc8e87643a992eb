using EGov.Portal.Domain.Channels;
using EGov.Portal.Domain.Sites;
using EGov.Portal.Sites;

namespace EGov.Portal.PublicSite;

/// <summary>A site as readers see it, kept in memory by <see cref="SiteDirectory"/>.</summary>
internal sealed record PublicSiteInfo(Guid Id, string Code, string Name, bool IsPortal, string? HostName, string? Description, int SortOrder, bool IsOpen)
{
    public string Home => PortalUrls.Home(Code, IsPortal);

    public string ChannelUrl(string channelCode) => PortalUrls.Channel(Code, IsPortal, channelCode);

    public string ArticleUrl(Guid articleId) => PortalUrls.Article(Code, IsPortal, articleId);
}

internal sealed record PublicChannel(Guid Id, Guid SiteId, Guid? ParentId, string Code, string Name, ChannelKind Kind, string? LinkUrl, string? Description, int SortOrder, bool InNavigation);

internal sealed record PublicHomeBlock(Guid ChannelId, string? Title, HomeBlockLayout Layout, int ItemCount);

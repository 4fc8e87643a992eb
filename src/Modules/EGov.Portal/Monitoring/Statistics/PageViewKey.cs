namespace EGov.Portal.Monitoring.Statistics;

/// <summary>
/// What one public page view counts towards, as read from the address: an article (by id), or a channel's list page
/// (by site and channel code; <see cref="SiteCode"/> null for the portal). Channels and sites are looked up at flush time.
/// </summary>
internal readonly record struct PageViewKey(Guid ArticleId, string? SiteCode, string? ChannelCode, DateOnly Date)
{
    public bool IsArticle => ArticleId != Guid.Empty;
}

namespace EGov.Portal.PublicSite;

/// <summary>One page of a channel's published articles, with those of its child channels: for the channel page and the API.</summary>
internal sealed class ChannelListing(PublicArticles articles)
{
    public const int PageSize = 20;

    public Task<ArticleListPage> PageAsync(SiteGroup group, SiteTree tree, PublicChannel channel, int page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(tree);
        var ids = tree.SelfAndDescendants(channel).Select(c => c.Id).ToList();
        return articles.PageAsync(ids, group.OpenSiteIds, Math.Max(1, page), PageSize, cancellationToken);
    }
}

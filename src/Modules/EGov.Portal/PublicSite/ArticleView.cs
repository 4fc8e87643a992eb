namespace EGov.Portal.PublicSite;

/// <summary>An article with what surrounds it, ready for the article, single-page and print views.</summary>
/// <param name="SourceSiteName">For an article of another site shown here through an accepted reference: that site's name.</param>
internal sealed record ArticleView(ArticleDetail Article, ArticleSurroundings Surroundings, SiteGroup Group, string? SourceSiteName)
{
    /// <summary>The address of an article on the site that owns it.</summary>
    public string UrlOf(ArticleListItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return Group.FindOpen(item.SiteId)?.Site.ArticleUrl(item.Id) ?? "#";
    }
}

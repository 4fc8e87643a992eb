using EGov.Portal.Contracts.Search;
using EGov.Portal.Domain.Articles;
using EGov.Portal.Domain.Channels;
using EGov.Portal.Domain.Sites;
using EGov.Portal.Sites;

namespace EGov.Portal.Search;

/// <summary>How a published article appears in the search.</summary>
internal static class ArticleSearchDocuments
{
    public static string KeyOf(Guid articleId) => $"article:{articleId:N}";

    public static string TypeOf(ArticleType type) => type switch
    {
        ArticleType.PolicyDocument => SearchTypes.Policy,
        ArticleType.Interpretation => SearchTypes.Interpretation,
        _ => SearchTypes.Article,
    };

    public static SearchDocument From(Article article, Site site, Channel channel)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(channel);
        var body = string.Join(' ', new[] { article.Subtitle, article.DocumentNumber, PlainText.FromHtml(article.BodyHtml) }
            .Where(s => !string.IsNullOrWhiteSpace(s)));
        return new SearchDocument(
            KeyOf(article.Id),
            TypeOf(article.Type),
            article.Title,
            body,
            PortalUrls.Article(site.Code, site.IsPortal, article.Id),
            article.PublishedAt ?? article.UpdatedAt)
        {
            SiteCode = site.Code,
            SiteName = site.Name,
            ChannelCode = channel.Code,
            ChannelName = channel.Name,
            Keywords = article.Keywords,
        };
    }
}

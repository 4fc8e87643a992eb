using System.Runtime.CompilerServices;
using EGov.Platform.Data;
using EGov.Portal.Contracts.Search;
using EGov.Portal.Domain.Articles;
using EGov.Portal.Domain.Channels;
using EGov.Portal.Domain.Sites;
using Microsoft.EntityFrameworkCore;

namespace EGov.Portal.Search.Rebuild;

/// <summary>The published articles of the open sites, for a rebuild.</summary>
internal sealed class ArticleSearchSource(EGovDbContext db) : ISearchSource
{
    public string Name => SearchTypes.Article;

    public async IAsyncEnumerable<SearchDocument> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var sites = await db.Set<Site>().AsNoTracking().Where(s => s.IsOpen).ToDictionaryAsync(s => s.Id, cancellationToken);
        var channels = await db.Set<Channel>().AsNoTracking().ToDictionaryAsync(c => c.Id, cancellationToken);
        var articles = db.Set<Article>().AsNoTracking()
            .Where(a => a.Status == ArticleStatus.Published)
            .OrderBy(a => a.Id)
            .AsAsyncEnumerable();
        await foreach (var article in articles.WithCancellation(cancellationToken))
        {
            if (sites.TryGetValue(article.SiteId, out var site) && channels.TryGetValue(article.ChannelId, out var channel))
            {
                yield return ArticleSearchDocuments.From(article, site, channel);
            }
        }
    }
}

using EGov.Platform.Data;
using EGov.Portal.Domain.Articles;
using Microsoft.EntityFrameworkCore;

namespace EGov.Portal.PublicSite;

/// <summary>
/// Read-only queries of published articles for the public pages: no tracking, only the columns shown. A channel lists
/// its own articles and those of other sites accepted into it (推送/引用); only articles of open sites are public.
/// </summary>
internal sealed class PublicArticles(EGovDbContext db)
{
    public async Task<ArticleListPage> PageAsync(IReadOnlyCollection<Guid> channelIds, IReadOnlyCollection<Guid> openSiteIds, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var query = InChannels(channelIds, openSiteIds);
        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        page = Math.Clamp(page, 1, pageCount);
        var items = await Lines(query.OrderByDescending(a => a.PublishedAt).ThenBy(a => a.Id).Skip((page - 1) * pageSize).Take(pageSize))
            .ToListAsync(cancellationToken);
        return new ArticleListPage(items, total, page, pageSize);
    }

    public async Task<IReadOnlyList<ArticleListItem>> LatestAsync(IReadOnlyCollection<Guid> channelIds, IReadOnlyCollection<Guid> openSiteIds, int count, bool withSummaries = false, CancellationToken cancellationToken = default)
    {
        var query = InChannels(channelIds, openSiteIds).OrderByDescending(a => a.PublishedAt).ThenBy(a => a.Id).Take(count);
        return withSummaries ? await WithSummariesAsync(query, cancellationToken) : await Lines(query).ToListAsync(cancellationToken);
    }

    /// <summary>The newest published article of a channel, e.g. the text of a single page (概况信息).</summary>
    public Task<Guid?> LatestIdAsync(Guid channelId, IReadOnlyCollection<Guid> openSiteIds, CancellationToken cancellationToken = default)
        => InChannels([channelId], openSiteIds).OrderByDescending(a => a.PublishedAt).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken);

    public Task<ArticleDetail?> FindAsync(Guid id, CancellationToken cancellationToken = default)
        => db.Set<Article>().AsNoTracking().Where(a => a.Id == id)
            .Select(a => new ArticleDetail(a.Id, a.SiteId, a.ChannelId, a.Type, a.Title, a.Subtitle, a.Source, a.Author, a.Keywords, a.Summary, a.BodyHtml,
                a.DocumentNumber, a.Validity, a.ValidityNote, a.InterpretsId, a.Status, a.PublishedAt, a.UpdatedAt, a.IsDemo))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>The channel of <paramref name="siteId"/> that accepted the article of another site, if any.</summary>
    public Task<Guid?> AcceptedChannelAsync(Guid articleId, Guid siteId, CancellationToken cancellationToken = default)
        => db.Set<ArticleReference>().AsNoTracking()
            .Where(r => r.ArticleId == articleId && r.TargetSiteId == siteId && r.Status == ReferenceStatus.Accepted)
            .Select(r => (Guid?)r.TargetChannelId).FirstOrDefaultAsync(cancellationToken);

    public async Task<ArticleSurroundings> SurroundingsAsync(ArticleDetail article, IReadOnlyCollection<Guid> openSiteIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        var attachments = await db.Set<ArticleAttachment>().AsNoTracking().Where(x => x.ArticleId == article.Id)
            .OrderBy(x => x.SortOrder).Select(x => new AttachmentLink(x.AttachmentId, x.Title)).ToListAsync(cancellationToken);
        var published = Published(openSiteIds);
        var policy = article.InterpretsId is { } policyId
            ? await Lines(published.Where(a => a.Id == policyId)).FirstOrDefaultAsync(cancellationToken)
            : null;
        var interpretations = article.Type == ArticleType.PolicyDocument
            ? await WithSummariesAsync(published.Where(a => a.InterpretsId == article.Id).OrderByDescending(a => a.PublishedAt), cancellationToken)
            : [];
        var relatedIds = db.Set<ArticleRelation>().Where(r => r.ArticleId == article.Id).Select(r => r.RelatedId);
        var related = await Lines(published.Where(a => relatedIds.Contains(a.Id)).OrderByDescending(a => a.PublishedAt).Take(10)).ToListAsync(cancellationToken);
        return new ArticleSurroundings(attachments, policy, interpretations, related);
    }

    /// <summary>Every published article of the open sites, for <c>sitemap.xml</c>.</summary>
    public async Task<IReadOnlyList<(Guid Id, Guid SiteId, DateTime LastModified)>> AllPublishedAsync(IReadOnlyCollection<Guid> openSiteIds, CancellationToken cancellationToken = default)
    {
        var rows = await Published(openSiteIds).OrderByDescending(a => a.PublishedAt)
            .Select(a => new { a.Id, a.SiteId, a.UpdatedAt, a.PublishedAt }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.Id, r.SiteId, r.PublishedAt > r.UpdatedAt ? r.PublishedAt.Value : r.UpdatedAt))];
    }

    private IQueryable<Article> Published(IReadOnlyCollection<Guid> openSiteIds)
        => db.Set<Article>().AsNoTracking().Where(a => a.Status == ArticleStatus.Published && openSiteIds.Contains(a.SiteId));

    private IQueryable<Article> InChannels(IReadOnlyCollection<Guid> channelIds, IReadOnlyCollection<Guid> openSiteIds)
    {
        var referenced = db.Set<ArticleReference>()
            .Where(r => r.Status == ReferenceStatus.Accepted && channelIds.Contains(r.TargetChannelId)).Select(r => r.ArticleId);
        return Published(openSiteIds).Where(a => channelIds.Contains(a.ChannelId) || referenced.Contains(a.Id));
    }

    private static IQueryable<ArticleListItem> Lines(IQueryable<Article> query)
        => query.Select(a => new ArticleListItem(a.Id, a.SiteId, a.Type, a.Title, a.PublishedAt ?? a.UpdatedAt, a.DocumentNumber, a.Validity));

    private static async Task<IReadOnlyList<ArticleListItem>> WithSummariesAsync(IQueryable<Article> query, CancellationToken cancellationToken)
    {
        var rows = await query.Select(a => new { a.Id, a.SiteId, a.Type, a.Title, PublishedAt = a.PublishedAt ?? a.UpdatedAt, a.DocumentNumber, a.Validity, a.Summary, a.BodyHtml })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new ArticleListItem(r.Id, r.SiteId, r.Type, r.Title, r.PublishedAt, r.DocumentNumber, r.Validity)
        {
            Summary = string.IsNullOrWhiteSpace(r.Summary) ? PlainText.Summary(r.BodyHtml) : r.Summary,
        })];
    }
}

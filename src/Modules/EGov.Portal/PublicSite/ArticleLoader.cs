using EGov.Portal.Domain.Articles;
using Microsoft.AspNetCore.Http;

namespace EGov.Portal.PublicSite;

/// <summary>What the reader gets for an article address.</summary>
internal enum ArticleOutcome
{
    Found,
    NotFound,

    /// <summary>撤稿 or 下线: it was public and is no more (410).</summary>
    Gone,
}

internal sealed record LoadedArticle(ArticleOutcome Outcome, SiteTree? Tree, ArticleView? View, IReadOnlyList<PublicChannel> Path);

/// <summary>
/// Finds an article for a site's address: its own published article, or another open site's published article this
/// site accepted (推送/引用), which then names its source.
/// </summary>
internal sealed class ArticleLoader(SiteResolver resolver, PublicArticles articles)
{
    public async Task<LoadedArticle> LoadAsync(HttpContext context, string? siteCode, Guid id, CancellationToken cancellationToken)
    {
        var (group, tree) = await resolver.ResolveAsync(context, siteCode, cancellationToken);
        var detail = tree is null ? null : await articles.FindAsync(id, cancellationToken);
        if (tree is null || detail is null || group.FindOpen(detail.SiteId) is not { } owner)
        {
            return new LoadedArticle(ArticleOutcome.NotFound, tree, null, []);
        }

        var channelId = detail.ChannelId;
        string? source = null;
        if (owner.Site.Id != tree.Site.Id)
        {
            if (await articles.AcceptedChannelAsync(id, tree.Site.Id, cancellationToken) is not { } accepted)
            {
                return new LoadedArticle(ArticleOutcome.NotFound, tree, null, []);
            }

            (channelId, source) = (accepted, owner.Site.Name);
        }

        if (detail.Status is ArticleStatus.Withdrawn or ArticleStatus.TakenDown)
        {
            return new LoadedArticle(ArticleOutcome.Gone, tree, null, []);
        }

        if (detail.Status != ArticleStatus.Published)
        {
            return new LoadedArticle(ArticleOutcome.NotFound, tree, null, []);
        }

        var surroundings = await articles.SurroundingsAsync(detail, group.OpenSiteIds, cancellationToken);
        var channel = tree.Find(channelId);
        return new LoadedArticle(ArticleOutcome.Found, tree, new ArticleView(detail, surroundings, group, source), channel is null ? [] : tree.PathTo(channel));
    }
}

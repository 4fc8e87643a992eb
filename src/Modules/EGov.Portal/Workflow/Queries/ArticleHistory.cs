using EGov.Platform.Data;
using EGov.Portal.Domain.Articles;
using EGov.Portal.Domain.Channels;
using EGov.Portal.Domain.Sites;
using Microsoft.EntityFrameworkCore;

namespace EGov.Portal.Workflow.Queries;

/// <summary>An article as a reviewer reads it: its text read-only, where it lives, and every step so far.</summary>
internal sealed record ArticleDossier(
    Article Article,
    Site Site,
    Channel Channel,
    IReadOnlyList<ArticleTransition> Transitions,
    IReadOnlyList<ConfidentialityReview> ConfidentialityReviews,
    IReadOnlyList<ArticleReference> References);

internal sealed class ArticleHistory(EGovDbContext db)
{
    /// <summary>The article with its history; the caller has already decided that the user may see it.</summary>
    public async Task<ArticleDossier?> FindAsync(Guid articleId, CancellationToken cancellationToken)
    {
        var article = await db.Set<Article>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        if (article is null)
        {
            return null;
        }

        var site = await db.Set<Site>().AsNoTracking().SingleAsync(s => s.Id == article.SiteId, cancellationToken);
        var channel = await db.Set<Channel>().AsNoTracking().SingleAsync(c => c.Id == article.ChannelId, cancellationToken);
        var transitions = await db.Set<ArticleTransition>().AsNoTracking()
            .Where(t => t.ArticleId == articleId).OrderBy(t => t.At).ThenBy(t => t.Id).ToListAsync(cancellationToken);
        var reviews = await db.Set<ConfidentialityReview>().AsNoTracking()
            .Where(r => r.ArticleId == articleId).OrderBy(r => r.ReviewedAt).ToListAsync(cancellationToken);
        var references = await db.Set<ArticleReference>().AsNoTracking()
            .Where(r => r.ArticleId == articleId).OrderBy(r => r.PushedAt).ToListAsync(cancellationToken);
        return new ArticleDossier(article, site, channel, transitions, reviews, references);
    }
}

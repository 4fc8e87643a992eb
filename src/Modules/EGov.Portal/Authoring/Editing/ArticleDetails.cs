using EGov.Platform.Data;
using EGov.Platform.Results;
using EGov.Portal.Authoring.Scope;
using EGov.Portal.Domain.Articles;
using EGov.Portal.Domain.Channels;
using EGov.Portal.Domain.Sites;
using Microsoft.EntityFrameworkCore;

namespace EGov.Portal.Authoring.Editing;

internal sealed record LinkedArticle(Guid Id, string Title, ArticleStatus Status);

internal sealed record AttachmentLine(Guid Id, Guid AttachmentId, string Title, int SortOrder);

/// <summary>An article as staff see it: its fields, files, links and the whole history of its workflow.</summary>
internal sealed record ArticleView(
    Article Article,
    Site Site,
    Channel Channel,
    IReadOnlyList<AttachmentLine> Attachments,
    IReadOnlyList<LinkedArticle> Related,
    LinkedArticle? Interprets,
    IReadOnlyList<LinkedArticle> InterpretedBy,
    IReadOnlyList<ArticleTransition> Transitions,
    IReadOnlyList<ConfidentialityReview> ConfidentialityReviews,
    bool CanEdit);

/// <summary>Loads an article the user may read (editing reach, or review scope).</summary>
internal sealed class ArticleDetails(EGovDbContext db, EditorScope scope)
{
    public async Task<Result<ArticleView>> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var article = await (await scope.ReadableAsync(cancellationToken)).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return AuthoringErrors.ArticleNotFound;
        }

        var site = await db.Set<Site>().AsNoTracking().FirstAsync(s => s.Id == article.SiteId, cancellationToken);
        var channel = await db.Set<Channel>().AsNoTracking().FirstAsync(c => c.Id == article.ChannelId, cancellationToken);
        var attachments = await db.Set<ArticleAttachment>().AsNoTracking().Where(a => a.ArticleId == id).OrderBy(a => a.SortOrder)
            .Select(a => new AttachmentLine(a.Id, a.AttachmentId, a.Title, a.SortOrder)).ToListAsync(cancellationToken);
        var related = await (
            from r in db.Set<ArticleRelation>().AsNoTracking()
            join a in db.Set<Article>().AsNoTracking() on r.RelatedId equals a.Id
            where r.ArticleId == id
            orderby r.SortOrder
            select new LinkedArticle(a.Id, a.Title, a.Status)).ToListAsync(cancellationToken);
        var interprets = article.InterpretsId is { } policyId
            ? await db.Set<Article>().AsNoTracking().Where(a => a.Id == policyId).Select(a => new LinkedArticle(a.Id, a.Title, a.Status)).FirstOrDefaultAsync(cancellationToken)
            : null;
        var interpretedBy = await db.Set<Article>().AsNoTracking().Where(a => a.InterpretsId == id)
            .Select(a => new LinkedArticle(a.Id, a.Title, a.Status)).ToListAsync(cancellationToken);
        var transitions = await db.Set<ArticleTransition>().AsNoTracking().Where(t => t.ArticleId == id).ToListAsync(cancellationToken);
        var reviews = await db.Set<ConfidentialityReview>().AsNoTracking().Where(r => r.ArticleId == id).ToListAsync(cancellationToken);
        var canEdit = (await scope.ReachAsync(cancellationToken)).Covers(article) && ArticleRules.CanEdit(article.Status).IsSuccess;
        return new ArticleView(
            article, site, channel, attachments, related, interprets, interpretedBy,
            transitions.OrderBy(t => t.At).ToList(), reviews.OrderBy(r => r.ReviewedAt).ToList(), canEdit);
    }
}

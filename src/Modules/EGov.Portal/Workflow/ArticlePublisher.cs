using EGov.Platform.Attachments;
using EGov.Platform.Data;
using EGov.Platform.Results;
using EGov.Portal.Contracts.Search;
using EGov.Portal.Domain.Articles;
using EGov.Portal.Domain.Channels;
using EGov.Portal.Domain.Sites;
using EGov.Portal.Search;
using Microsoft.EntityFrameworkCore;

namespace EGov.Portal.Workflow;

/// <summary>
/// The one place that changes what readers see: publication, scheduled take-down and withdrawal, with the search feed,
/// the attachments' visibility and the site's home-page date, all in the caller's unit of work. After saving, the caller
/// empties the public page cache.
/// </summary>
internal sealed class ArticlePublisher(EGovDbContext db, ISearchFeed search, IAttachmentStore attachments)
{
    /// <summary>Fails unless the current revision passed 保密审查 (《保守国家秘密法》第三十一条: 发布前审查).</summary>
    public async Task<Result> PublishAsync(Article article, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        var reviews = await db.Set<ConfidentialityReview>().AsNoTracking()
            .Where(r => r.ArticleId == article.Id && r.RevisionNumber == article.RevisionNumber)
            .ToListAsync(cancellationToken);
        reviews.AddRange(db.Set<ConfidentialityReview>().Local.Where(r => r.ArticleId == article.Id && db.Entry(r).State == EntityState.Added));
        if (!WorkflowRules.MayPublish(article.RevisionNumber, reviews))
        {
            return WorkflowErrors.NoConfidentialityReview;
        }

        var site = await db.Set<Site>().SingleAsync(s => s.Id == article.SiteId, cancellationToken);
        var channel = await db.Set<Channel>().AsNoTracking().SingleAsync(c => c.Id == article.ChannelId, cancellationToken);
        article.Status = ArticleStatus.Published;
        article.PublishedAt ??= now;
        Touch(article, site, now);
        search.Upsert(ArticleSearchDocuments.From(article, site, channel));
        await SetAttachmentsPublicAsync(article.Id, true, cancellationToken);
        return Result.Success();
    }

    /// <summary>定时下线: off the site and out of the search; the article stays for staff.</summary>
    public async Task TakeDownAsync(Article article, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        article.Status = ArticleStatus.TakenDown;
        await HideAsync(article, now, cancellationToken);
    }

    /// <summary>撤稿: off the site, out of the search and out of every channel it was pushed to; the reason stays for staff.</summary>
    public async Task WithdrawAsync(Article article, Guid withdrawnBy, string reason, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        article.Status = ArticleStatus.Withdrawn;
        article.WithdrawnAt = now;
        article.WithdrawnBy = withdrawnBy;
        article.WithdrawalReason = reason;
        await HideAsync(article, now, cancellationToken);
        var references = await db.Set<ArticleReference>()
            .Where(r => r.ArticleId == article.Id && r.Status != ReferenceStatus.Declined && r.Status != ReferenceStatus.Withdrawn)
            .ToListAsync(cancellationToken);
        foreach (var reference in references)
        {
            reference.Status = ReferenceStatus.Withdrawn;
            reference.DecidedAt ??= now;
        }

        var targets = references.Select(r => r.TargetSiteId).Distinct().ToList();
        await db.Set<Site>().Where(s => targets.Contains(s.Id)).ForEachAsync(s => s.HomeUpdatedAt = now, cancellationToken);
    }

    private async Task HideAsync(Article article, DateTime now, CancellationToken cancellationToken)
    {
        var site = await db.Set<Site>().SingleAsync(s => s.Id == article.SiteId, cancellationToken);
        Touch(article, site, now);
        search.Remove(ArticleSearchDocuments.KeyOf(article.Id));
        await SetAttachmentsPublicAsync(article.Id, false, cancellationToken);
    }

    private static void Touch(Article article, Site site, DateTime now)
    {
        article.UpdatedAt = now;
        site.HomeUpdatedAt = now;
    }

    private async Task SetAttachmentsPublicAsync(Guid articleId, bool isPublic, CancellationToken cancellationToken)
    {
        var ids = await db.Set<ArticleAttachment>().AsNoTracking().Where(a => a.ArticleId == articleId).Select(a => a.AttachmentId).ToListAsync(cancellationToken);
        foreach (var id in ids)
        {
            // A missing file is reported by the site health check; it must not keep the article offline.
            _ = await attachments.SetPublicAsync(id, isPublic, cancellationToken);
        }
    }
}

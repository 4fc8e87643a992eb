using System.Net;
using EGov.Platform.Attachments;
using EGov.Platform.Data;
using EGov.Platform.Results;
using EGov.Portal.Contracts.Publishing;
using EGov.Portal.Domain.Articles;
using EGov.Portal.Domain.Channels;
using EGov.Portal.Domain.Sites;
using EGov.Portal.PublicSite;
using EGov.Portal.Sites;
using EGov.Portal.Workflow;
using Microsoft.EntityFrameworkCore;

namespace EGov.Portal.Publishing;

/// <summary>
/// Publishes an issued 公文 in the portal's 文件资料 channel through the same <see cref="ArticlePublisher"/> as the
/// editorial workflow (search entry, public attachment, home-page date), with the 签发人's 公开 decision as its review.
/// </summary>
internal sealed class PolicyFilePublisher(EGovDbContext db, ArticlePublisher publisher, IAttachmentStore attachments, PublicPageCache cache, TimeProvider time) : IPolicyFilePublisher
{
    public const string Channel = "wjzl";

    public async Task<Result<string>> PublishAsync(PolicyFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var portal = await db.Set<Site>().AsNoTracking().FirstOrDefaultAsync(s => s.IsPortal, cancellationToken);
        var channel = portal is null ? null : await db.Set<Channel>().AsNoTracking().FirstOrDefaultAsync(c => c.SiteId == portal.Id && c.Code == Channel, cancellationToken);
        if (portal is null || channel is null)
        {
            return Error.NotFound("portal.policy_channel_missing", "门户网站没有“文件资料”栏目，无法发布该公文。");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var article = new Article
        {
            Id = Guid.CreateVersion7(),
            SiteId = portal.Id,
            ChannelId = channel.Id,
            Type = ArticleType.PolicyDocument,
            Title = file.Title,
            Source = file.Source,
            BodyHtml = Html(file.BodyText),
            DocumentNumber = file.DocumentNumber,
            Validity = PolicyValidity.Valid,
            Status = ArticleStatus.Reviewed,
            RevisionNumber = 1,
            CreatedAt = now,
            CreatedBy = file.ApprovedBy,
            UpdatedAt = now,
            IsDemo = file.IsDemo,
            Version = 1,
        };
        db.Add(article);
        db.Add(new ArticleRevision
        {
            Id = Guid.NewGuid(),
            ArticleId = article.Id,
            Number = 1,
            Title = article.Title,
            BodyHtml = article.BodyHtml,
            EditedAt = now,
            EditedBy = file.ApprovedBy,
            EditedByName = file.ApprovedByName,
        });
        db.Add(new ConfidentialityReview
        {
            Id = Guid.NewGuid(),
            ArticleId = article.Id,
            RevisionNumber = 1,
            ReviewerId = file.ApprovedBy,
            ReviewerName = file.ApprovedByName,
            ReviewedAt = now,
            Passed = true,
            Opinion = $"公文 {file.DocumentNumber} 公开属性为主动公开，经签发人审定。",
        });

        using var pdf = new MemoryStream(file.Pdf, writable: false);
        var saved = await attachments.SaveAsync(pdf, file.PdfFileName, "application/pdf", new AttachmentOwner("portal", article.Id.ToString()) { UploadedBy = file.ApprovedBy }, cancellationToken);
        if (!saved.IsSuccess)
        {
            db.ChangeTracker.Clear();
            return saved.Error!;
        }

        db.Add(new ArticleAttachment { Id = Guid.NewGuid(), ArticleId = article.Id, AttachmentId = saved.Value.Id, Title = $"{file.DocumentNumber}（盖章文件 PDF）", SortOrder = 1 });
        var published = await publisher.PublishAsync(article, now, cancellationToken);
        if (!published.IsSuccess)
        {
            db.ChangeTracker.Clear();
            return published.Error!;
        }

        await db.SaveChangesAsync(cancellationToken);
        await cache.EvictAsync(cancellationToken);
        return PortalUrls.Article(portal.Code, portal.IsPortal, article.Id);
    }

    private static string Html(string text) => string.Concat(text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        .Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>"));
}

using EGov.Platform.Attachments;
using EGov.Platform.Data;
using EGov.Portal.Domain.Articles;
using Microsoft.EntityFrameworkCore;

namespace EGov.Portal.Monitoring.Health;

/// <summary>Attachments of a site's published articles that the store does not know or whose file cannot be opened.</summary>
internal sealed class AttachmentChecker(EGovDbContext db, IAttachmentStore store)
{
    public async Task<List<(Guid ArticleId, string ArticleTitle, Guid AttachmentId, string Title, string Reason)>> MissingAsync(Guid siteId, CancellationToken cancellationToken)
    {
        var rows = await (
            from aa in db.Set<ArticleAttachment>()
            join a in db.Set<Article>() on aa.ArticleId equals a.Id
            where a.SiteId == siteId && a.Status == ArticleStatus.Published
            orderby a.PublishedAt descending, aa.SortOrder
            select new { ArticleId = a.Id, ArticleTitle = a.Title, aa.AttachmentId, aa.Title })
            .ToListAsync(cancellationToken);

        var missing = new List<(Guid, string, Guid, string, string)>();
        foreach (var row in rows)
        {
            if (await ProblemAsync(row.AttachmentId, cancellationToken) is { } reason)
            {
                missing.Add((row.ArticleId, row.ArticleTitle, row.AttachmentId, row.Title, reason));
            }
        }

        return missing;
    }

    private async Task<string?> ProblemAsync(Guid attachmentId, CancellationToken cancellationToken)
    {
        var info = await store.FindAsync(attachmentId, cancellationToken);
        if (info is null)
        {
            return "附件记录不存在";
        }

        try
        {
            await using var stream = store.OpenRead(info);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "附件文件无法打开";
        }
    }
}

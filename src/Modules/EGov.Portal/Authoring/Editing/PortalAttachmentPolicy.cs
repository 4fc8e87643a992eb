using System.Security.Claims;
using EGov.Platform.Attachments;
using EGov.Platform.Data;
using EGov.Portal.Authoring.Scope;
using EGov.Portal.Domain.Articles;
using Microsoft.EntityFrameworkCore;

namespace EGov.Portal.Authoring.Editing;

/// <summary>
/// Staff read the files of the articles they may read (editing reach or review scope); readers get them once the
/// workflow makes them public on publication.
/// </summary>
internal sealed class PortalAttachmentPolicy(EGovDbContext db, EditorScope scope) : IAttachmentAccessPolicy
{
    public string Module => ArticleAttachments.Module;

    public async Task<bool> CanReadAsync(ClaimsPrincipal user, AttachmentInfo attachment, CancellationToken cancellationToken)
    {
        var articleIds = await db.Set<ArticleAttachment>().AsNoTracking().Where(a => a.AttachmentId == attachment.Id).Select(a => a.ArticleId).ToListAsync(cancellationToken);
        return articleIds.Count > 0 && await (await scope.ReadableAsync(cancellationToken)).AnyAsync(a => articleIds.Contains(a.Id), cancellationToken);
    }
}

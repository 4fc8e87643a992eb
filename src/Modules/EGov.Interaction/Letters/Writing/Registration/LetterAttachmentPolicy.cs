using System.Security.Claims;
using EGov.Interaction.Contracts;
using EGov.Interaction.Domain.Letters;
using EGov.Platform.Attachments;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Organization.Scope;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Letters.Writing.Registration;

/// <summary>
/// Who reads a letter's file: the signed-in writer, and staff holding an interaction permission whose scope covers the
/// mailbox's or the handling department. Letter files are never public, even when the letter is published.
/// </summary>
internal sealed class LetterAttachmentPolicy(EGovDbContext db, IDepartmentScope scope) : IAttachmentAccessPolicy
{
    public string Module => InteractionClocks.Module;

    public async Task<bool> CanReadAsync(ClaimsPrincipal user, AttachmentInfo attachment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(attachment);
        var letter = await (
            from a in db.Set<LetterAttachment>().AsNoTracking().Where(a => a.AttachmentId == attachment.Id)
            join l in db.Set<Letter>().AsNoTracking() on a.LetterId equals l.Id
            select new { l.WriterAccountId, l.MailboxDepartmentId, l.HandlingDepartmentId }).FirstOrDefaultAsync(cancellationToken);
        if (letter is null)
        {
            return false;
        }

        if (letter.WriterAccountId is { } writer && user.AccountId() == writer)
        {
            return true;
        }

        var permissions = user.FindAll(PlatformClaims.Permission).Select(c => c.Value)
            .Where(p => p.StartsWith(InteractionPermissions.Prefix, StringComparison.Ordinal)).Distinct();
        foreach (var permission in permissions)
        {
            var set = await scope.ForPermissionAsync(permission, cancellationToken);
            if (set.Contains(letter.MailboxDepartmentId) || (letter.HandlingDepartmentId is { } handling && set.Contains(handling)))
            {
                return true;
            }
        }

        return false;
    }
}

using System.Security.Claims;
using EGov.Interaction.Contracts;
using EGov.Interaction.Domain.Letters;
using EGov.Platform.Attachments;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Letters.Handling.Dossier;

/// <summary>
/// Who reads a file attached to a letter: the signed-in writer, and staff whose interaction scope reaches the letter.
/// Letter files are never public, even when the letter is published.
/// </summary>
internal sealed class LetterAttachmentPolicy(EGovDbContext db, LetterScope scope) : IAttachmentAccessPolicy
{
    public string Module => InteractionClocks.Module;

    public async Task<bool> CanReadAsync(ClaimsPrincipal user, AttachmentInfo attachment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(attachment);
        var letterIds = await db.Set<LetterAttachment>().AsNoTracking().Where(a => a.AttachmentId == attachment.Id).Select(a => a.LetterId).ToListAsync(cancellationToken);
        if (letterIds.Count == 0)
        {
            return false;
        }

        var account = user.AccountId();
        if (account is not null && await db.Set<Letter>().AnyAsync(l => letterIds.Contains(l.Id) && l.WriterAccountId == account, cancellationToken))
        {
            return true;
        }

        return await (await scope.ReadableAsync(user, cancellationToken)).AnyAsync(l => letterIds.Contains(l.Id), cancellationToken);
    }
}

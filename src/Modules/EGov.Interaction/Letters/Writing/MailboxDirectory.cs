using EGov.Interaction.Domain;
using EGov.Interaction.Domain.Mailboxes;
using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Letters.Writing;

/// <summary>The active mailboxes for the public: 区长信箱 first, then the departments' in their order.</summary>
internal sealed class MailboxDirectory(EGovDbContext db)
{
    public async Task<IReadOnlyList<MailboxEntry>> ActiveAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Set<Mailbox>().AsNoTracking().Where(m => m.IsActive).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(m => m.Kind == MailboxKind.DistrictHead ? 0 : 1).ThenBy(m => m.Order).ThenBy(m => m.Name, StringComparer.Ordinal)
            .Select(Entry)];
    }

    public async Task<MailboxEntry?> FindActiveAsync(string code, CancellationToken cancellationToken)
        => await db.Set<Mailbox>().AsNoTracking().SingleOrDefaultAsync(m => m.Code == code && m.IsActive, cancellationToken) is { } m ? Entry(m) : null;

    private static MailboxEntry Entry(Mailbox m) => new(m.Code, m.Name, m.Kind, InteractionNames.Of(m.Kind), m.Description);
}

internal sealed record MailboxEntry(string Code, string Name, MailboxKind Kind, string KindName, string Description);

using System.Security.Claims;
using EGov.Interaction.Contracts;
using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Domain.Mailboxes;
using EGov.Interaction.Letters.Handling.Publication;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using EGov.Platform.Organization;
using EGov.Platform.PersonalData;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Letters.Handling.Dossier;

/// <summary>Loads a letter's dossier for a member of staff whose scope reaches it.</summary>
internal sealed class LetterDossierQuery(
    EGovDbContext db, LetterScope scope, LetterActionsFor actions, ClockService clocks, IOrganizationDirectory organization, PersonalDataViewer viewer, TimeProvider time)
{
    public async Task<LetterDossier?> LoadAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await (await scope.ReadableAsync(user, cancellationToken)).AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, cancellationToken) is not { } letter)
        {
            return null;
        }

        var tree = await organization.TreeAsync(cancellationToken);
        var mailbox = await db.Set<Mailbox>().AsNoTracking().SingleAsync(m => m.Id == letter.MailboxId, cancellationToken);
        var extensions = await db.Set<LetterExtension>().AsNoTracking().Where(e => e.LetterId == id).OrderBy(e => e.RequestedAt).ToListAsync(cancellationToken);
        var replies = await db.Set<LetterReply>().AsNoTracking().Where(r => r.LetterId == id).OrderBy(r => r.SubmittedAt).ToListAsync(cancellationToken);
        var merged = await db.Set<Letter>().AsNoTracking().Where(l => l.MergedIntoId == id).OrderBy(l => l.SubmittedAt)
            .Select(l => new { l.Id, l.Number }).ToListAsync(cancellationToken);
        var into = letter.MergedIntoId is { } intoId
            ? await db.Set<Letter>().AsNoTracking().Where(l => l.Id == intoId).Select(l => new { l.Id, l.Number }).SingleOrDefaultAsync(cancellationToken)
            : null;
        var templates = letter.HandlingDepartmentId is { } handling
            ? await db.Set<ReplyTemplate>().AsNoTracking().Where(t => t.DepartmentId == handling && (t.Kind == null || t.Kind == letter.Kind)).OrderBy(t => t.Title).ToListAsync(cancellationToken)
            : [];
        return new LetterDossier(
            letter,
            mailbox.Name,
            tree.FirstOrDefault(d => d.Id == letter.HandlingDepartmentId)?.Name,
            await WriterAsync(letter, user, cancellationToken),
            await db.Set<LetterAttachment>().AsNoTracking().Where(a => a.LetterId == id).OrderBy(a => a.FileName).ToListAsync(cancellationToken),
            await ClocksAsync(letter, cancellationToken),
            await db.Set<LetterStep>().AsNoTracking().Where(s => s.LetterId == id).OrderBy(s => s.At).ThenBy(s => s.Id).ToListAsync(cancellationToken),
            await db.Set<LetterNote>().AsNoTracking().Where(n => n.LetterId == id).OrderBy(n => n.At).ToListAsync(cancellationToken),
            replies,
            extensions,
            await db.Set<LetterRating>().AsNoTracking().Where(r => r.LetterId == id).OrderBy(r => r.Round).ToListAsync(cancellationToken),
            [.. merged.Select(m => (m.Id, m.Number))],
            into is null ? null : (into.Id, into.Number),
            await actions.ForAsync(user, letter, extensions, replies, cancellationToken),
            templates,
            [.. tree.Where(d => d.IsActive && d.Kind == Platform.Organization.Departments.DepartmentKind.GovernmentDepartment).Select(d => (d.Id, d.Name))],
            LetterPublisher.Draft(letter));
    }

    private async Task<WriterView> WriterAsync(Letter letter, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var key = letter.Id.ToString();
        return new WriterView(
            letter.WriterName,
            await viewer.ShowAsync(user, PersonalDataKind.Phone, letter.WriterPhone, nameof(Letter), key, nameof(Letter.WriterPhone), cancellationToken),
            letter.WriterEmail,
            await viewer.ShowAsync(user, PersonalDataKind.Address, letter.WriterAddress, nameof(Letter), key, nameof(Letter.WriterAddress), cancellationToken),
            letter.WriterAccountId is not null);
    }

    private async Task<List<LetterClockView>> ClocksAsync(Letter letter, CancellationToken cancellationToken)
    {
        Guid?[] ids = [letter.SignForClockId, letter.ReplyClockId];
        var wanted = ids.OfType<Guid>().ToList();
        var found = await db.Set<StatutoryClock>().AsNoTracking().Where(c => wanted.Contains(c.Id)).ToListAsync(cancellationToken);
        var today = ChinaTime.Today(time);
        return [.. found.OrderBy(c => c.StartedAt).Select(c => new LetterClockView(
            c.CaseType, c.CaseType == InteractionClocks.SignFor ? "签收时限" : "答复时限", c, clocks.RemainingWorkingDays(c, today), c.LevelOn(today)))];
    }
}

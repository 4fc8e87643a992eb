using EGov.Interaction.Domain;
using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Domain.Mailboxes;
using EGov.Interaction.Letters.Writing.Registration;
using EGov.Platform.Data;
using EGov.Platform.Organization;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Letters.Writing.Tracking;

/// <summary>
/// 信件查询: by number and query code (anonymous; a wrong number and a wrong code get the same answer) or the signed-in
/// writer's own letters. Internal notes and staff names are never part of it.
/// </summary>
internal sealed class LetterTracking(EGovDbContext db, LetterClocks clocks, IOrganizationDirectory organization)
{
    public static readonly Error NotFound = Error.NotFound("interaction.letter_not_found_by_code", "信件编号或查询码不正确。");

    /// <summary>The letter (tracked) when number and code match, else null.</summary>
    public async Task<Letter?> FindTrackedAsync(string? number, string? queryCode, CancellationToken cancellationToken)
    {
        var key = number?.Trim().ToUpperInvariant() ?? "";
        if (key.Length == 0 || string.IsNullOrWhiteSpace(queryCode))
        {
            return null;
        }

        var letter = await db.Set<Letter>().SingleOrDefaultAsync(l => l.Number == key, cancellationToken);
        // Hash anyway for an unknown number, so the answer takes as long as for a wrong code.
        var matches = LetterQueryCode.Matches(letter?.Id ?? Guid.Empty, queryCode, letter?.QueryCodeHash ?? "");
        return letter is not null && matches ? letter : null;
    }

    public async Task<Result<LetterView>> FindAsync(string? number, string? queryCode, CancellationToken cancellationToken)
        => await FindTrackedAsync(number, queryCode, cancellationToken) is { } letter ? await ViewAsync(letter, cancellationToken) : NotFound;

    public async Task<LetterView?> FindOwnAsync(Guid id, Guid accountId, CancellationToken cancellationToken)
        => await db.Set<Letter>().AsNoTracking().SingleOrDefaultAsync(l => l.Id == id && l.WriterAccountId == accountId, cancellationToken) is { } letter
            ? await ViewAsync(letter, cancellationToken)
            : null;

    public async Task<IReadOnlyList<LetterSummary>> ListOwnAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var letters = await db.Set<Letter>().AsNoTracking().Where(l => l.WriterAccountId == accountId)
            .OrderByDescending(l => l.SubmittedAt).Take(200).ToListAsync(cancellationToken);
        return [.. letters.Select(l => new LetterSummary(
            l.Id, l.Number, l.Subject, InteractionNames.Of(l.Kind), InteractionNames.Of(l.State), l.SubmittedAt, CanRate(l)))];
    }

    public static bool CanRate(Letter letter) => letter.State == LetterState.Replied && letter.MergedIntoId is null;

    private async Task<LetterView> ViewAsync(Letter l, CancellationToken cancellationToken)
    {
        var mailbox = await db.Set<Mailbox>().AsNoTracking().Where(m => m.Id == l.MailboxId).Select(m => m.Name).SingleAsync(cancellationToken);
        var steps = await db.Set<LetterStep>().AsNoTracking().Where(s => s.LetterId == l.Id).OrderBy(s => s.At).ThenBy(s => s.Id)
            .Select(s => new LetterViewStep(s.Title, s.At, s.PublicNote)).ToListAsync(cancellationToken);
        var ratings = (await db.Set<LetterRating>().AsNoTracking().Where(r => r.LetterId == l.Id).OrderBy(r => r.Round).ToListAsync(cancellationToken))
            .Select(r => new LetterViewRating(r.Round, InteractionNames.Of(r.Satisfaction), r.At)).ToList();
        var department = l.HandlingDepartmentId is { } d ? (await organization.FindAsync(d, cancellationToken))?.Name : null;
        var due = l.State is LetterState.Held or LetterState.Closed or LetterState.Rejected or LetterState.Merged
            ? null
            : (await clocks.FindAsync(l.ReplyClockId, cancellationToken))?.DueDate;
        var replied = l.State is LetterState.Replied or LetterState.Closed && l.ReplyContent is not null;
        return new LetterView(
            l.Id, l.Number, mailbox, InteractionNames.Of(l.Kind), l.Subject, l.Content, l.State.ToString(), InteractionNames.Of(l.State), l.SubmittedAt,
            department, due, replied ? l.ReplyContent : null, replied ? l.RepliedAt : null, replied ? l.ReplyingDepartmentName : null,
            l.RejectionReason, l.Round, CanRate(l), steps, ratings);
    }
}

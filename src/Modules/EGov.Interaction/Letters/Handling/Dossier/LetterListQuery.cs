using System.Security.Claims;
using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Domain.Mailboxes;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using EGov.Platform.Organization;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Letters.Handling.Dossier;

/// <summary>信件办理 list: the letters in the person's scope, filtered, newest first, with the reply clock's due date.</summary>
internal sealed class LetterListQuery(EGovDbContext db, LetterScope scope, IOrganizationDirectory organization, TimeProvider time)
{
    public const int PageSize = 20;
    public const int ExportLimit = 5000;

    public async Task<LetterPage> ListAsync(ClaimsPrincipal user, LetterFilter filter, CancellationToken cancellationToken, int pageSize = PageSize)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var letters = await scope.ReadableAsync(user, cancellationToken);
        letters = letters.AsNoTracking();
        if (filter.State is { } state)
        {
            letters = letters.Where(l => l.State == state);
        }

        if (filter.Kind is { } kind)
        {
            letters = letters.Where(l => l.Kind == kind);
        }

        if (filter.MailboxId is { } mailbox)
        {
            letters = letters.Where(l => l.MailboxId == mailbox);
        }

        if (filter.Search?.Trim() is { Length: > 0 } text)
        {
            letters = letters.Where(l => l.Number.Contains(text) || l.Subject.Contains(text));
        }

        var total = await letters.CountAsync(cancellationToken);
        var page = Math.Max(1, filter.Page);
        var found = await (
            from l in letters.OrderByDescending(l => l.SubmittedAt).ThenBy(l => l.Id).Skip((page - 1) * pageSize).Take(pageSize)
            join c in db.Set<StatutoryClock>().AsNoTracking() on l.ReplyClockId equals c.Id into clocks
            from c in clocks.DefaultIfEmpty()
            join m in db.Set<Mailbox>().AsNoTracking() on l.MailboxId equals m.Id
            select new { Letter = l, Clock = c, Mailbox = m.Name }).ToListAsync(cancellationToken);
        var departments = (await organization.TreeAsync(cancellationToken)).ToDictionary(d => d.Id, d => d.ShortName);
        var today = ChinaTime.Today(time);
        var rows = found.Select(f => new LetterRow(
            f.Letter.Id, f.Letter.Number, f.Letter.Subject, f.Letter.Kind, f.Mailbox,
            f.Letter.HandlingDepartmentId is { } d && departments.TryGetValue(d, out var name) ? name : null,
            f.Letter.State, f.Letter.SubmittedAt, f.Clock?.DueDate, f.Clock is { State: not ClockState.Stopped } running ? running.LevelOn(today) : null, f.Letter.IsPublished));
        return new LetterPage([.. rows], total, page, pageSize);
    }
}

internal sealed record LetterFilter(LetterState? State, LetterKind? Kind, Guid? MailboxId, string? Search, int Page = 1);

internal sealed record LetterRow(
    Guid Id, string Number, string Subject, LetterKind Kind, string MailboxName, string? DepartmentName, LetterState State, DateTime SubmittedAt,
    DateOnly? DueDate, WarningLevel? Level, bool IsPublished);

internal sealed record LetterPage(IReadOnlyList<LetterRow> Rows, int Total, int Page, int PageSize)
{
    public int Pages => (Total + PageSize - 1) / PageSize;
}

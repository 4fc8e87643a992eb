using EGov.Interaction.Domain;
using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Domain.Mailboxes;
using EGov.Platform.Data;
using EGov.Platform.Organization;
using EGov.Platform.Results;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Letters.Publication;

/// <summary>
/// 留言公开: the published letters for the public page and the API. Only the public fields leave this class: the
/// published subject, content and reply, never the writer's name, phone, address or e-mail.
/// </summary>
internal sealed class PublishedLetters(EGovDbContext db, IOrganizationDirectory organization)
{
    public const int PageSize = 15;

    public async Task<Result<PublishedLetterPage>> ListAsync(LetterFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var checkedFilter = filter.Check();
        if (!checkedFilter.IsSuccess)
        {
            return checkedFilter.Error!;
        }

        var (departmentCode, kind, page) = checkedFilter.Value;
        var query = db.Set<Letter>().AsNoTracking().Where(l => l.IsPublished);
        if (departmentCode is not null)
        {
            var id = (await organization.FindByCodeAsync(departmentCode, cancellationToken))?.Id ?? Guid.Empty;
            query = query.Where(l => l.HandlingDepartmentId == id);
        }

        if (kind is { } k)
        {
            query = query.Where(l => l.Kind == k);
        }

        var total = await query.CountAsync(cancellationToken);
        var letters = await query.OrderByDescending(l => l.PublishedAt).ThenByDescending(l => l.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(l => new { l.Id, l.PublicSubject, l.Subject, l.Kind, l.HandlingDepartmentId, l.ReplyingDepartmentName, l.SubmittedAt, l.RepliedAt, l.PublicReply })
            .ToListAsync(cancellationToken);
        var names = await NamesAsync(cancellationToken);
        var lines = letters.Select(l => new PublishedLetterLine(
            l.Id, l.PublicSubject ?? l.Subject, InteractionNames.Of(l.Kind), l.ReplyingDepartmentName ?? NameOf(names, l.HandlingDepartmentId),
            ChinaTime.DateOf(l.SubmittedAt), l.RepliedAt is { } r ? ChinaTime.DateOf(r) : null, Excerpt(l.PublicReply))).ToList();
        return new PublishedLetterPage(lines, total, page, (total + PageSize - 1) / PageSize);
    }

    /// <summary>The published letter, or null when it does not exist or is not published.</summary>
    public async Task<PublishedLetter?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var found = await (
            from x in db.Set<Letter>().AsNoTracking()
            join m in db.Set<Mailbox>() on x.MailboxId equals m.Id
            where x.Id == id && x.IsPublished
            select new { Letter = x, Mailbox = m.Name })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var l = found.Letter;
        var department = l.ReplyingDepartmentName ?? NameOf(await NamesAsync(cancellationToken), l.HandlingDepartmentId);
        return new PublishedLetter(
            l.Id, l.Number, l.PublicSubject ?? l.Subject, InteractionNames.Of(l.Kind), found.Mailbox, ChinaTime.DateOf(l.SubmittedAt),
            l.RepliedAt is { } r ? ChinaTime.DateOf(r) : null, l.PublicContent ?? "", l.PublicReply ?? "", department,
            l.Satisfaction is { } s ? InteractionNames.Of(s) : null);
    }

    /// <summary>The handling departments that have published letters, in the organization's order.</summary>
    public async Task<IReadOnlyList<LetterDepartmentOption>> DepartmentsAsync(CancellationToken cancellationToken = default)
    {
        var ids = (await db.Set<Letter>().Where(l => l.IsPublished && l.HandlingDepartmentId != null)
            .Select(l => l.HandlingDepartmentId!.Value).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        return [.. (await organization.TreeAsync(cancellationToken)).Where(d => ids.Contains(d.Id)).Select(d => new LetterDepartmentOption(d.Code, d.Name))];
    }

    private async Task<Dictionary<Guid, string>> NamesAsync(CancellationToken cancellationToken)
        => (await organization.TreeAsync(cancellationToken)).ToDictionary(d => d.Id, d => d.Name);

    private static string NameOf(Dictionary<Guid, string> names, Guid? id) => id is { } d && names.TryGetValue(d, out var name) ? name : "";

    private static string Excerpt(string? text)
    {
        var flat = (text ?? "").ReplaceLineEndings(" ").Trim();
        return flat.Length <= 80 ? flat : string.Concat(flat.AsSpan(0, 80), "…");
    }
}

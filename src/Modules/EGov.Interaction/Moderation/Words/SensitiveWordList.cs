using System.Security.Claims;
using EGov.Interaction.Domain.Moderation;
using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Moderation.Words;

internal sealed record SensitiveWordRow(Guid Id, string Word, DateTime AddedAt, string AddedBy);

/// <summary>
/// The sensitive-word list: read, add (one or many; words already on the list, also in another spelling such as
/// full-width or upper case, are skipped), remove. Each change is audited. Used by the page and the API.
/// </summary>
internal sealed class SensitiveWordList(EGovDbContext db, IAuditLog audit, TimeProvider time)
{
    public Task<List<SensitiveWordRow>> ListAsync(CancellationToken cancellationToken)
        => db.Set<SensitiveWord>().AsNoTracking().OrderBy(w => w.Word)
            .Select(w => new SensitiveWordRow(w.Id, w.Word, w.AddedAt, w.AddedBy)).ToListAsync(cancellationToken);

    /// <returns>The words added (those not yet on the list).</returns>
    public async Task<Result<IReadOnlyList<string>>> AddAsync(IEnumerable<string?> words, ClaimsPrincipal actor, CancellationToken cancellationToken)
    {
        var wanted = words.Select(w => w?.Trim() ?? "").Where(w => w.Length > 0).ToList();
        if (wanted.Count == 0 || wanted.All(w => SensitiveWordFilter.Normalize(w).Length == 0))
        {
            return SensitiveWordErrors.Empty;
        }

        if (wanted.Count > SensitiveWordErrors.MaxPerAddition)
        {
            return SensitiveWordErrors.TooMany;
        }

        if (wanted.Any(w => w.Length > SensitiveWordErrors.MaxLength))
        {
            return SensitiveWordErrors.TooLong;
        }

        var known = (await db.Set<SensitiveWord>().Select(w => w.Word).ToListAsync(cancellationToken))
            .Select(SensitiveWordFilter.Normalize).ToHashSet(StringComparer.Ordinal);
        var now = time.GetUtcNow().UtcDateTime;
        var by = actor.FindFirstValue(PlatformClaims.DisplayName) ?? actor.Identity?.Name ?? "";
        var added = new List<string>();
        foreach (var word in wanted.Where(w => known.Add(SensitiveWordFilter.Normalize(w)) && SensitiveWordFilter.Normalize(w).Length > 0))
        {
            var entity = new SensitiveWord { Word = word, AddedAt = now, AddedBy = by };
            db.Set<SensitiveWord>().Add(entity);
            audit.Record(new AuditRecord("interaction.sensitive_word.added", nameof(SensitiveWord), entity.Id.ToString(), AuditOutcome.Success, word));
            added.Add(word);
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    public async Task<Result> RemoveAsync(Guid id, CancellationToken cancellationToken)
    {
        var word = await db.Set<SensitiveWord>().FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (word is null)
        {
            return SensitiveWordErrors.NotFound;
        }

        db.Set<SensitiveWord>().Remove(word);
        audit.Record(new AuditRecord("interaction.sensitive_word.removed", nameof(SensitiveWord), id.ToString(), AuditOutcome.Success, word.Word));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}

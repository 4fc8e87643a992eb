using System.Security.Claims;
using System.Text.Json;
using EGov.Oversight.Domain;
using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Results;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace EGov.Oversight.Cards.Handling;

/// <summary>
/// Loading a card for a step (only within the reader's scope, checked against the version the person saw and the
/// step's permission) and saving the step — card, urges, to-dos and audit entry — in one unit of work.
/// </summary>
internal sealed class CardUnit(EGovDbContext db, CardScope scope, IAuditLog audit, TimeProvider time)
{
    public EGovDbContext Db => db;

    public DateTime Now => time.GetUtcNow().UtcDateTime;

    public DateOnly Today => ChinaTime.Today(time);

    public async Task<Result<Card>> LoadAsync(long id, string permission, long? version, CancellationToken cancellationToken)
    {
        var readable = await scope.ReadableAsync(cancellationToken);
        if (await readable.FirstOrDefaultAsync(c => c.Id == id, cancellationToken) is not { } card)
        {
            return CardErrors.NotFound;
        }

        if (version is { } seen && seen != card.Version)
        {
            return CardErrors.Stale;
        }

        return await scope.CoversAsync(permission, card, cancellationToken) ? card : CardErrors.NotYours;
    }

    public void Audit(Card card, string action, ClaimsPrincipal user, string? text = null)
        => audit.Record(new AuditRecord($"oversight.card.{action}", nameof(Card), card.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), AuditOutcome.Success,
            JsonSerializer.Serialize(new { card.Rule, Level = CardNames.Code(card.Level), State = CardNames.Code(card.State), card.DepartmentId, By = user.AccountId(), Text = text })));

    public async Task<Result> SaveAsync(Card card, CancellationToken cancellationToken)
    {
        card.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result.Success();
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another step on the same card (its Version) was saved first.
            db.ChangeTracker.Clear();
            return CardErrors.Stale;
        }
    }

    public static string NameOf(ClaimsPrincipal user) => user.FindFirstValue(PlatformClaims.DisplayName) ?? user.Identity?.Name ?? "";

    public static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

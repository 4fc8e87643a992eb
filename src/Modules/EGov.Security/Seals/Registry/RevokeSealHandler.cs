using System.Text.Json;
using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Security.Seals.Registry;

/// <summary>注销印章: with a reason, by the security administrator; from then on the seal is refused for sealing and
/// documents sealed after this moment fail verification (earlier ones stay valid).</summary>
internal sealed class RevokeSealHandler(EGovDbContext db, IAuditLog audit, TimeProvider time)
{
    public const int MaxReasonLength = 200;

    /// <param name="version">The version the administrator saw.</param>
    public async Task<Result<ESeal>> RevokeAsync(Guid id, string? reason, long version, string userName, CancellationToken cancellationToken)
    {
        var seal = await db.Set<ESeal>().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (seal is null)
        {
            return SealErrors.Unknown;
        }

        var text = reason?.Trim() ?? "";
        if (text.Length is 0 or > MaxReasonLength)
        {
            return SealErrors.Invalid("reason", $"请填写注销原因（不超过 {MaxReasonLength} 字）");
        }

        if (seal.IsRevoked)
        {
            return SealErrors.AlreadyRevoked(seal.Name);
        }

        if (seal.Version != version)
        {
            return SealErrors.Changed(seal.Name);
        }

        (seal.RevokedAt, seal.RevocationReason, seal.RevokedBy) = (time.GetUtcNow().UtcDateTime, text, userName);
        seal.Version++;
        audit.Record(new AuditRecord("security.seal.revoked", nameof(ESeal), seal.Id.ToString(), AuditOutcome.Success, JsonSerializer.Serialize(new { seal.Code, seal.Name, reason = text })));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return seal;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return SealErrors.Changed(seal.Name);
        }
    }
}

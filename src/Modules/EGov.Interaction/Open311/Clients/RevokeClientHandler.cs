using System.Security.Claims;
using System.Text.Json;
using EGov.Interaction.Domain.Open311;
using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Open311.Clients;

/// <summary>Revokes a client's API key: its next request is refused with 403. Final; a new registration issues a new key.</summary>
internal sealed class RevokeClientHandler(EGovDbContext db, IAuditLog audit, TimeProvider time)
{
    public async Task<Result> HandleAsync(Guid id, uint? version, ClaimsPrincipal actor, CancellationToken cancellationToken)
    {
        var client = await db.Set<ApiClient>().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (client is null)
        {
            return ClientErrors.NotFound;
        }

        if (client.RevokedAt is not null)
        {
            return ClientErrors.AlreadyRevoked;
        }

        if (version is { } expected && expected != client.Version)
        {
            return ClientErrors.Stale;
        }

        client.RevokedAt = time.GetUtcNow().UtcDateTime;
        client.RevokedBy = RegisterClientHandler.Actor(actor);
        client.Version++;
        audit.Record(new AuditRecord("interaction.open311_client.revoked", nameof(ApiClient), client.Id.ToString(), AuditOutcome.Success,
            JsonSerializer.Serialize(new { client.Name, client.KeyPrefix })));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result.Success();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ClientErrors.Stale;
        }
    }
}

using EGov.Interaction.Domain.Open311;
using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Open311.Clients;

internal sealed record ClientRow(Guid Id, string Name, string Contact, string KeyPrefix, DateTime IssuedAt, string IssuedBy, DateTime? LastUsedAt, DateTime? RevokedAt, string? RevokedBy, uint Version)
{
    public bool IsRevoked => RevokedAt is not null;
}

/// <summary>The registered clients, active ones first, newest first.</summary>
internal sealed class ClientQueries(EGovDbContext db)
{
    public async Task<IReadOnlyList<ClientRow>> ListAsync(CancellationToken cancellationToken)
        => await db.Set<ApiClient>().AsNoTracking()
            .OrderBy(c => c.RevokedAt != null).ThenByDescending(c => c.IssuedAt)
            .Select(c => new ClientRow(c.Id, c.Name, c.Contact, c.KeyPrefix, c.IssuedAt, c.IssuedBy, c.LastUsedAt, c.RevokedAt, c.RevokedBy, c.Version))
            .ToListAsync(cancellationToken);
}

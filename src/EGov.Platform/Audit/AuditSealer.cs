using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Platform.Audit;

/// <summary>
/// Gives committed unsealed entries their <see cref="AuditEntry.Sequence"/> (next after the largest sealed one)
/// and <see cref="AuditEntry.LeafHash"/>, in Id order, under the <see cref="AuditWriteLock"/>.
/// Sealed entries only ever get higher sequences than any checkpoint already covers.
/// </summary>
internal sealed class AuditSealer(IServiceScopeFactory scopes)
{
    private const int BatchSize = 500;

    /// <returns>The number of sealed entries afterwards: the current tree size.</returns>
    public async Task<long> SealAsync(CancellationToken cancellationToken = default)
    {
        using var _ = await AuditWriteLock.EnterProcessAsync(cancellationToken);
        while (true)
        {
            var (treeSize, sealedCount) = await SealBatchAsync(cancellationToken);
            if (sealedCount < BatchSize)
            {
                return treeSize;
            }
        }
    }

    private async Task<(long TreeSize, int Sealed)> SealBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EGovDbContext>();
        await using var transaction = await AuditWriteLock.BeginAsync(db, cancellationToken);
        var entries = db.Set<AuditEntry>();
        var next = (await entries.MaxAsync(e => e.Sequence, cancellationToken) ?? -1) + 1;
        var batch = await entries.Where(e => e.Sequence == null).OrderBy(e => e.Id).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var entry in batch)
        {
            entry.Sequence = next;
            entry.LeafHash = AuditLeaf.Hash(entry, next);
            next++;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (next, batch.Count);
    }
}

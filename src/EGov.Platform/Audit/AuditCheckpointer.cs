using EGov.Platform.Crypto;
using EGov.Platform.Data;
using EGov.Platform.Keys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EGov.Platform.Audit;

/// <summary>Signs the root of all sealed entries with the platform key when enough entries or time have passed.</summary>
internal sealed class AuditCheckpointer(IServiceScopeFactory scopes, IOptions<AuditOptions> options, TimeProvider clock)
{
    /// <param name="force">Sign whenever there are entries the last checkpoint does not cover.</param>
    /// <returns>The new checkpoint, or null when none was due.</returns>
    public async Task<AuditCheckpoint?> CheckpointAsync(bool force = false, CancellationToken cancellationToken = default)
    {
        using var _ = await AuditWriteLock.EnterProcessAsync(cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EGovDbContext>();
        var now = AuditLeaf.Truncate(clock.GetUtcNow().UtcDateTime);
        if (!await IsDueAsync(db, now, force, cancellationToken))
        {
            return null;
        }

        // Before the transaction: the key store may write with its own connection, and SQLite has one writer.
        var key = await scope.ServiceProvider.GetRequiredService<IKeyStore>().GetSigningKeyAsync(IKeyStore.PlatformOwner, cancellationToken);
        await using var transaction = await AuditWriteLock.BeginAsync(db, cancellationToken);
        var leaves = await db.Set<AuditEntry>().Where(e => e.Sequence != null).OrderBy(e => e.Sequence)
            .Select(e => e.LeafHash!).ToListAsync(cancellationToken);
        if (await db.Set<AuditCheckpoint>().AnyAsync(c => c.TreeSize >= leaves.Count, cancellationToken))
        {
            return null; // another node signed this size while we waited for the lock
        }

        var root = MerkleTree.RootOf(leaves);
        var checkpoint = new AuditCheckpoint
        {
            TreeSize = leaves.Count,
            RootHash = root,
            Time = now,
            KeyId = key.KeyId,
            Signature = Sm2.Sign(key.PrivateKey, AuditCheckpoint.SignedText(leaves.Count, root, now)),
        };
        db.Add(checkpoint);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return checkpoint;
    }

    private async Task<bool> IsDueAsync(EGovDbContext db, DateTime now, bool force, CancellationToken cancellationToken)
    {
        var treeSize = (await db.Set<AuditEntry>().MaxAsync(e => e.Sequence, cancellationToken) ?? -1) + 1;
        var last = await db.Set<AuditCheckpoint>().OrderByDescending(c => c.TreeSize).FirstOrDefaultAsync(cancellationToken);
        var covered = last?.TreeSize ?? 0;
        if (treeSize <= covered)
        {
            return false;
        }

        var settings = options.Value;
        return force || last is null
            || treeSize - covered >= settings.CheckpointEvery
            || now - last.Time >= TimeSpan.FromMinutes(settings.CheckpointMinutes);
    }
}

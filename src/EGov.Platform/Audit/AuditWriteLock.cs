using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace EGov.Platform.Audit;

/// <summary>
/// Only one sealer or checkpoint writer at a time, so that sequence numbers are handed out gap-free.
/// In the process a semaphore; across processes the database: PostgreSQL's transaction-scoped advisory lock,
/// SQLite's write lock (Microsoft.Data.Sqlite begins transactions with BEGIN IMMEDIATE).
/// </summary>
internal static class AuditWriteLock
{
    // "egovaudt" in ASCII: one fixed advisory-lock key for the audit writers of every node.
    private const long AdvisoryKey = 0x6567_6F76_6175_6474;

    private static readonly SemaphoreSlim InProcess = new(1, 1);

    public static async Task<IDisposable> EnterProcessAsync(CancellationToken cancellationToken)
    {
        await InProcess.WaitAsync(cancellationToken);
        return new Release();
    }

    public static async Task<IDbContextTransaction> BeginAsync(EGovDbContext db, CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock({0})", [AdvisoryKey], cancellationToken);
        }

        return transaction;
    }

    private sealed class Release : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                InProcess.Release();
            }
        }
    }
}

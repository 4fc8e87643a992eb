using System.Text.Json;
using EGov.Platform.Data;
using EGov.Portal.Contracts.Search;
using EGov.Portal.Search.Index;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Portal.Search.Following;

/// <summary>
/// Applies the outbox to this node's index in Id order. The checkpoint in the index's commit data only passes entries
/// older than <see cref="Settle"/>: on PostgreSQL a transaction may commit a lower Id after a higher one is visible, so a
/// late entry is still read; when one turns up, the changes from it onward are applied again in order, which leaves
/// every key as its last entry says.
/// </summary>
internal sealed class OutboxFollower(IServiceScopeFactory scopes, LuceneSearchIndex index, TimeProvider time) : IDisposable
{
    public static readonly TimeSpan Settle = TimeSpan.FromMinutes(1);
    private const int BatchSize = 1000;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly HashSet<long> _applied = [];
    private string? _generation;

    /// <summary>Serialises every write to the index: following, switching generations and rebuilding.</summary>
    public async Task<T> ExclusiveAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await work();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <returns>The number of entries applied.</returns>
    public Task<int> CatchUpAsync(CancellationToken cancellationToken) => ExclusiveAsync(() => FollowAsync(cancellationToken), cancellationToken);

    private async Task<int> FollowAsync(CancellationToken cancellationToken)
    {
        index.SwitchIfMoved();
        if (_generation != index.Generation)
        {
            _applied.Clear();
            _generation = index.Generation;
        }

        var checkpoint = index.Checkpoint;
        var settledBefore = time.GetUtcNow().UtcDateTime - Settle;
        var cursor = checkpoint;
        var replaying = false;
        var settled = true;
        var count = 0;
        while (true)
        {
            var rows = await ReadAsync(cursor, cancellationToken);
            if (rows.Count == 0)
            {
                break;
            }

            var changes = new List<IndexChange>();
            foreach (var row in rows)
            {
                replaying |= !_applied.Contains(row.Id);
                if (replaying)
                {
                    changes.Add(ToChange(row));
                }

                settled &= row.CreatedAt < settledBefore;
                checkpoint = settled ? row.Id : checkpoint;
            }

            if (changes.Count > 0 || checkpoint != index.Checkpoint)
            {
                index.Apply(changes, checkpoint);
            }

            _applied.UnionWith(rows.Select(r => r.Id));
            _applied.RemoveWhere(id => id <= checkpoint);
            count += changes.Count;
            cursor = rows[^1].Id;
        }

        return count;
    }

    private async Task<List<SearchOutboxEntry>> ReadAsync(long after, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EGovDbContext>().Set<SearchOutboxEntry>().AsNoTracking()
            .Where(e => e.Id > after).OrderBy(e => e.Id).Take(BatchSize).ToListAsync(cancellationToken);
    }

    private static IndexChange ToChange(SearchOutboxEntry row)
        => new(row.Key, row.DocumentJson is null ? null : JsonSerializer.Deserialize<SearchDocument>(row.DocumentJson));

    public void Dispose() => _gate.Dispose();
}

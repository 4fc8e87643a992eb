using System.Diagnostics;
using EGov.Platform.Data;
using EGov.Portal.Contracts.Search;
using EGov.Portal.Search.Following;
using EGov.Portal.Search.Index;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Portal.Search.Rebuild;

/// <summary>Reads every <see cref="ISearchSource"/> into a new generation of the index and puts it in use.</summary>
internal sealed class SearchRebuild(IServiceScopeFactory scopes, LuceneSearchIndex index, OutboxFollower follower, TimeProvider time)
{
    public Task<RebuildProgress> RunAsync(Action<RebuildProgress>? progress, CancellationToken cancellationToken)
        => follower.ExclusiveAsync(() => BuildAsync(progress, cancellationToken), cancellationToken);

    private async Task<RebuildProgress> BuildAsync(Action<RebuildProgress>? progress, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;

        // Entries up to here are in what the sources read; later ones are applied again by the follower afterwards.
        var settledBefore = time.GetUtcNow().UtcDateTime - OutboxFollower.Settle;
        var checkpoint = await services.GetRequiredService<EGovDbContext>().Set<SearchOutboxEntry>()
            .Where(e => e.CreatedAt < settledBefore).MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;

        var clock = Stopwatch.StartNew();
        var documents = services.GetServices<ISearchSource>().ToAsyncEnumerable().SelectMany(s => s.ReadAllAsync(cancellationToken));
        string generation;
        int count;
        using (var target = index.CreateGeneration())
        {
            generation = target.Generation;
            count = await BulkIndexing.WriteAllAsync(target.Writer, documents, n => progress?.Invoke(new RebuildProgress(n, clock.Elapsed)), cancellationToken);
            target.Commit(checkpoint, time.GetUtcNow().UtcDateTime);
        }

        index.SwitchTo(generation);
        return new RebuildProgress(count, clock.Elapsed);
    }
}

internal sealed record RebuildProgress(int Count, TimeSpan Elapsed)
{
    public double PerSecond => Elapsed.TotalSeconds > 0 ? Count / Elapsed.TotalSeconds : Count;
}

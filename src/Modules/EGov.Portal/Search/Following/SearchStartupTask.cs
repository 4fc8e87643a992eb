using EGov.Platform.Hosting;
using EGov.Portal.Contracts.Search;
using EGov.Portal.Search.Index;
using EGov.Portal.Search.Rebuild;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EGov.Portal.Search.Following;

/// <summary>
/// At start: rebuilds the index when it is missing or empty while there are public records, or when it is older than
/// the outbox keeps entries; then catches up with what was saved while this node was down.
/// </summary>
internal sealed class SearchStartupTask(
    LuceneSearchIndex index, OutboxFollower follower, OutboxPruner pruner, SearchRebuild rebuild, TimeProvider time, ILogger<SearchStartupTask> logger)
    : IStartupTask
{
    public int Order => 500;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (await NeedsRebuildAsync(services, cancellationToken))
        {
            var done = await rebuild.RunAsync(null, cancellationToken);
            logger.LogInformation("检索索引已重建：{Count} 条，用时 {Seconds:0.0} 秒", done.Count, done.Elapsed.TotalSeconds);
        }

        await follower.CatchUpAsync(cancellationToken);
    }

    private async Task<bool> NeedsRebuildAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (index.CommittedAt is { } committed && committed < time.GetUtcNow().UtcDateTime - pruner.Retention)
        {
            return true;
        }

        if (index.DocumentCount > 0)
        {
            return false;
        }

        await using var scope = services.CreateAsyncScope();
        foreach (var source in scope.ServiceProvider.GetServices<ISearchSource>())
        {
            await foreach (var _ in source.ReadAllAsync(cancellationToken))
            {
                return true;
            }
        }

        return false;
    }
}

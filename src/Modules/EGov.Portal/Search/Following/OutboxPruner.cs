using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Portal.Search.Following;

/// <summary>
/// Deletes outbox entries older than <c>Search:OutboxRetentionDays</c> (default 7). A node that was down longer
/// rebuilds its index at start (<see cref="SearchStartupTask"/>), so it does not need them.
/// </summary>
internal sealed class OutboxPruner(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider time)
{
    public TimeSpan Retention => TimeSpan.FromDays(configuration.GetValue("Search:OutboxRetentionDays", 7));

    public async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        var before = time.GetUtcNow().UtcDateTime - Retention;
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EGovDbContext>().Set<SearchOutboxEntry>()
            .Where(e => e.CreatedAt < before).ExecuteDeleteAsync(cancellationToken);
    }
}

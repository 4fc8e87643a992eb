using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace EGov.Portal.Search.Following;

/// <summary>
/// The index follows publish, update and withdrawal at once: once a unit of work that wrote outbox entries is
/// committed (by SaveChanges, or by the caller's own transaction), this node catches up before the request goes on.
/// Other nodes catch up within seconds through <see cref="SearchFollowerService"/>.
/// </summary>
internal sealed class FollowOnSave(OutboxFollower follower, OutboxSignals signals, ILogger<FollowOnSave> logger)
    : SaveChangesInterceptor, IDbTransactionInterceptor
{
    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null && signals.Take(context))
        {
            await FollowAsync(cancellationToken);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
        => SavedChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context && signals.Take(context))
        {
            await FollowAsync(cancellationToken);
        }
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
        => TransactionCommittedAsync(transaction, eventData).GetAwaiter().GetResult();

    private async Task FollowAsync(CancellationToken cancellationToken)
    {
        try
        {
            await follower.CatchUpAsync(cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or DbException)
        {
            // The change is saved; the background follower applies it on its next round.
            logger.LogError(e, "检索索引未能立即跟进已保存的更改");
        }
    }
}

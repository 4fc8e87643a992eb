using System.Data.Common;
using EGov.Portal.PublicSite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EGov.Portal.Search.Following;

/// <summary>
/// Catches up every few seconds (<c>Search:FollowSeconds</c>, default 3) with changes other nodes saved, follows a
/// rebuild made by the command, and prunes old outbox entries once an hour. Changes from another node also empty this
/// node's cache of public pages, so a publish or withdrawal there shows here within seconds.
/// </summary>
internal sealed class SearchFollowerService(
    OutboxFollower follower, OutboxPruner pruner, PublicPageCache pages, IConfiguration configuration, TimeProvider time, ILogger<SearchFollowerService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(configuration.GetValue("Search:FollowSeconds", 3));
        var nextPrune = DateTime.MinValue;
        using var timer = new PeriodicTimer(interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (await follower.CatchUpAsync(stoppingToken) > 0)
                {
                    await pages.EvictAsync(stoppingToken);
                }

                if (time.GetUtcNow().UtcDateTime >= nextPrune)
                {
                    await pruner.PruneAsync(stoppingToken);
                    nextPrune = time.GetUtcNow().UtcDateTime.AddHours(1);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or DbException)
            {
                logger.LogError(e, "检索索引跟进失败，稍后重试");
            }
        }
    }
}

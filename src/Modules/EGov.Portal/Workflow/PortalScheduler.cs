using EGov.Platform.Data;
using EGov.Portal.Domain.Articles;
using EGov.Portal.PublicSite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EGov.Portal.Workflow;

/// <summary>
/// 定时发布 and 定时下线. Every node runs it; each article is claimed through its <see cref="Article.Version"/>
/// concurrency token, so with several nodes a step happens once and the other nodes skip it.
/// </summary>
internal sealed partial class PortalScheduler(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<WorkflowOptions> options, ILogger<PortalScheduler> logger) : BackgroundService
{
    private const int Batch = 200;

    /// <summary>One pass: publishes the scheduled articles whose time has come and takes down those whose time has passed.</summary>
    public async Task<SchedulerRun> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        List<Guid> toPublish, toTakeDown;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EGovDbContext>();
            toPublish = await db.Set<Article>().AsNoTracking()
                .Where(a => a.Status == ArticleStatus.Scheduled && a.ScheduledPublishAt <= now)
                .OrderBy(a => a.ScheduledPublishAt).Select(a => a.Id).Take(Batch).ToListAsync(cancellationToken);
            toTakeDown = await db.Set<Article>().AsNoTracking()
                .Where(a => a.Status == ArticleStatus.Published && a.ScheduledTakeDownAt <= now)
                .OrderBy(a => a.ScheduledTakeDownAt).Select(a => a.Id).Take(Batch).ToListAsync(cancellationToken);
        }

        var published = 0;
        foreach (var id in toPublish)
        {
            published += await StepAsync(id, now, publish: true, cancellationToken) ? 1 : 0;
        }

        var takenDown = 0;
        foreach (var id in toTakeDown)
        {
            takenDown += await StepAsync(id, now, publish: false, cancellationToken) ? 1 : 0;
        }

        if (published + takenDown > 0)
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<PublicPageCache>().EvictAsync(cancellationToken);
        }

        return new SchedulerRun(published, takenDown);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.SchedulerSeconds)), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The next tick tries again: every due article is still due.
                LogFailed(logger, exception);
            }
        }
    }

    private async Task<bool> StepAsync(Guid articleId, DateTime now, bool publish, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<EGovDbContext>();
        var publisher = services.GetRequiredService<ArticlePublisher>();
        var article = await db.Set<Article>().FirstOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        if (article is null || !(publish ? WorkflowRules.IsDueForPublication(article, now) : WorkflowRules.IsDueForTakeDown(article, now)))
        {
            return false;
        }

        var from = article.Status;
        if (!publish)
        {
            await publisher.TakeDownAsync(article, now, cancellationToken);
        }
        else if (await publisher.PublishAsync(article, now, cancellationToken) is { IsSuccess: false } refused)
        {
            LogRefused(logger, articleId, refused.Error!.Message);
            return false;
        }

        var step = publish ? WorkflowRules.Publish : WorkflowRules.TakeDown;
        services.GetRequiredService<TransitionLog>().Add(article, from, step.Action, null, publish ? "定时发布" : "定时下线", now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another node, or a person, acted on the article first.
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The portal scheduler's pass failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled article {ArticleId} was not published: {Reason}")]
    private static partial void LogRefused(ILogger logger, Guid articleId, string reason);
}

internal sealed record SchedulerRun(int Published, int TakenDown);

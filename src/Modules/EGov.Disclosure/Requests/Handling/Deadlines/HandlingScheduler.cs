using EGov.Disclosure.Domain.Requests;
using EGov.Platform.Data;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EGov.Disclosure.Requests.Handling.Deadlines;

/// <summary>
/// Ends the requests deemed withdrawn: no correction by the deadline (条例 第三十条) or no payment by the last day
/// (国办函〔2020〕109号). Every node runs it; each request is claimed through its Version concurrency token, so with
/// several nodes a request is ended once and the other nodes skip it.
/// </summary>
internal sealed partial class HandlingScheduler(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<HandlingOptions> options, ILogger<HandlingScheduler> logger) : BackgroundService
{
    private const int Batch = 200;

    /// <summary>One pass; returns how many requests were ended.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var today = ChinaTime.Today(time);
        List<Guid> candidates;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EGovDbContext>();
            var noCorrection = db.Set<CorrectionNotice>().Where(c => c.CorrectedOn == null && c.Deadline < today).Select(c => c.RequestId);
            var unpaid = db.Set<FeeNotice>().Where(f => f.PaidOn == null && f.PayBy < today).Select(f => f.RequestId);
            candidates = await db.Set<DisclosureRequest>().AsNoTracking()
                .Where(r => (r.State == RequestState.AwaitingCorrection && noCorrection.Contains(r.Id))
                    || (r.State == RequestState.AwaitingFee && unpaid.Contains(r.Id)))
                .OrderBy(r => r.Id).Select(r => r.Id).Take(Batch).ToListAsync(cancellationToken);
        }

        var ended = 0;
        foreach (var id in candidates)
        {
            await using var scope = scopes.CreateAsyncScope();
            var unit = scope.ServiceProvider.GetRequiredService<HandlingUnit>();
            if (await unit.LoadForSystemAsync(id, cancellationToken) is not { } handled)
            {
                continue;
            }

            // Not yet lapsed (the deadline's next working day has not come) or another node was first: nothing to do.
            var result = await scope.ServiceProvider.GetRequiredService<LapseHandler>().ApplyAsync(handled, null, cancellationToken);
            ended += result.IsSuccess ? 1 : 0;
        }

        return ended;
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
                // The next tick tries again: every lapsed request is still lapsed.
                LogFailed(logger, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The disclosure deadline pass failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

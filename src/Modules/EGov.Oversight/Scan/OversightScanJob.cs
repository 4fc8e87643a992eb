using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EGov.Oversight.Scan;

/// <summary>
/// Runs <see cref="OversightScan"/> every <see cref="OversightOptions.ScanIntervalSeconds"/>, and about two seconds after a
/// clock turned overdue (the pings of those two seconds are served by one scan). Each run has its own scope; a failed run
/// is logged and the next one tries again.
/// </summary>
internal sealed partial class OversightScanJob(
    IServiceScopeFactory scopes, ScanSignal signal, IOptions<OversightOptions> options, TimeProvider time, ILogger<OversightScanJob> logger) : BackgroundService
{
    private static readonly TimeSpan Debounce = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.ScanJob)
        {
            return;
        }

        var interval = TimeSpan.FromSeconds(Math.Max(1, options.Value.ScanIntervalSeconds));
        while (true)
        {
            await WaitForTurnAsync(interval, stoppingToken);
            signal.Clear();
            await RunOnceAsync(stoppingToken);
        }
    }

    /// <summary>Until the interval passed, or the debounce after a ping; throws when the host stops.</summary>
    private async Task WaitForTurnAsync(TimeSpan interval, CancellationToken stoppingToken)
    {
        using (var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
        {
            var tick = Task.Delay(interval, time, wait.Token);
            var pinged = signal.WaitAsync(wait.Token);
            await Task.WhenAny(tick, pinged);
            await wait.CancelAsync();
            if (await pinged)
            {
                await Task.Delay(Debounce, time, stoppingToken);
            }
        }

        stoppingToken.ThrowIfCancellationRequested();
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<OversightScan>().RunAsync(time.GetUtcNow().UtcDateTime, stoppingToken);
            if (result.Total > 0)
            {
                LogRaised(logger, result.Total, result.InboxItems, result.ElapsedMilliseconds);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Nothing is lost: the clocks stay overdue and the cards unsent, so the next run raises and sends them.
            LogFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Oversight scan raised {Cards} cards and sent {Items} to inboxes in {Milliseconds} ms")]
    private static partial void LogRaised(ILogger logger, int cards, int items, long milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "The oversight scan failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EGov.Portal.Monitoring.Statistics;

/// <summary>Flushes counted page views every <c>Portal:PageViewFlushSeconds</c> seconds and once more at shutdown.</summary>
internal sealed partial class PageViewFlushService(PageViewFlusher flusher, IOptions<PageViewOptions> options, ILogger<PageViewFlushService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = TimeSpan.FromSeconds(Math.Max(1, options.Value.PageViewFlushSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(period, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (!stoppingToken.IsCancellationRequested)
            {
                await FlushAsync(stoppingToken);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(cancellationToken);
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        try
        {
            await flusher.FlushAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The views are back in the counter; the next flush tries again.
            LogFlushFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "访问统计写入数据库失败，将在下次重试")]
    private static partial void LogFlushFailed(ILogger logger, Exception exception);
}

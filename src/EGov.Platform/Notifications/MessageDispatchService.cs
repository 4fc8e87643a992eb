using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EGov.Platform.Notifications;

/// <summary>Runs the <see cref="MessageDispatcher"/> every <c>Notifications:DispatchIntervalSeconds</c> (0: off).</summary>
internal sealed partial class MessageDispatchService(
    IServiceScopeFactory scopes, IOptions<NotificationsOptions> options, TimeProvider time, ILogger<MessageDispatchService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = options.Value.DispatchIntervalSeconds;
        if (seconds <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await TickAsync(stoppingToken);
        }
    }

    private async Task TickAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<MessageDispatcher>().DispatchAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The messages stay pending (or claimed until their claim runs out); the next round takes them again.
            LogFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Dispatching outgoing messages failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

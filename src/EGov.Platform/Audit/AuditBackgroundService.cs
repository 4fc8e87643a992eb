using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EGov.Platform.Audit;

/// <summary>Seals new entries every few seconds and writes checkpoints when due (等保 8.1.4.3 c: 审计记录保护).</summary>
internal sealed partial class AuditBackgroundService(
    AuditSealer sealer, AuditCheckpointer checkpointer, IOptions<AuditOptions> options, TimeProvider clock, ILogger<AuditBackgroundService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.SealSeconds)), clock);
        do
        {
            await TickAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task TickAsync(CancellationToken cancellationToken)
    {
        try
        {
            await sealer.SealAsync(cancellationToken);
            await checkpointer.CheckpointAsync(false, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The next tick tries again; sealing is idempotent and the unsealed entries are not lost.
            LogFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Sealing the audit log or writing its checkpoint failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

using System.Text.Json;
using System.Threading.Channels;
using EGov.Platform.Audit;
using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EGov.Platform.Clocks;

/// <summary>
/// After the warning thresholds change, recomputes every open clock's warning in batches, recording the progress in
/// the thresholds row. A pass stops early when the thresholds change again; the newer change runs its own pass.
/// A pass cut short by a restart runs again when the host starts.
/// </summary>
public sealed partial class WarningRecomputation(IServiceScopeFactory scopes, TimeProvider time, ILogger<WarningRecomputation>? logger = null) : BackgroundService
{
    private const int BatchSize = 1000;

    private readonly Channel<bool> _requests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    internal void Request() => _requests.Writer.TryWrite(true);

    /// <summary>One pass under the stored thresholds, if one is due; returns the number of clocks whose warning changed.</summary>
    internal async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EGovDbContext>();
        var clocks = scope.ServiceProvider.GetRequiredService<ClockService>();
        var rows = db.Set<ClockThresholdSetting>().Where(s => s.Id == ClockThresholdSetting.SingletonId);
        if (await rows.AsNoTracking().SingleOrDefaultAsync(cancellationToken) is not { RecomputeFinishedAt: null, RecomputeStartedAt: not null } setting)
        {
            return 0;
        }

        var current = rows.Where(s => s.Version == setting.Version);
        var (after, changed) = (Guid.Empty, 0);
        while (true)
        {
            var (read, last, batchChanged) = await clocks.RecomputeWarningsAsync(setting.Thresholds, after, BatchSize, cancellationToken);
            if (read == 0)
            {
                break;
            }

            (after, changed) = (last, changed + batchChanged);
            if (await current.ExecuteUpdateAsync(s => s.SetProperty(x => x.RecomputeDone, x => x.RecomputeDone + read), cancellationToken) == 0)
            {
                return changed;
            }
        }

        var now = time.GetUtcNow().UtcDateTime;
        await current.ExecuteUpdateAsync(s => s.SetProperty(x => x.RecomputeFinishedAt, now).SetProperty(x => x.RecomputeDone, x => x.RecomputeTotal), cancellationToken);
        var audit = scope.ServiceProvider.GetRequiredService<IAuditLog>();
        var detail = JsonSerializer.Serialize(new { thresholds = setting.Thresholds, changed });
        await audit.RecordNowAsync(new AuditRecord("clock.warnings_recomputed", "ClockThresholds", null, AuditOutcome.Success, detail), cancellationToken);
        return changed;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Request();
        await foreach (var _ in _requests.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await RunAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger ?? (ILogger)NullLogger.Instance, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Recomputing the clocks' warnings after a threshold change failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EGov.Platform.Clocks;

/// <summary>
/// The warning thresholds in force: the stored row (<see cref="ClockThresholdChanges"/>), else the configuration.
/// Cached; reloaded after a change on this node, and on other nodes when the copy is older than
/// <see cref="ClockOptions.ThresholdsCacheSeconds"/>.
/// </summary>
public sealed class ClockThresholds
{
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _time;
    private readonly ClockOptions _options;
    private volatile Snapshot? _snapshot;

    internal ClockThresholds(IServiceScopeFactory scopes, TimeProvider time, IOptions<ClockOptions> options)
    {
        _scopes = scopes;
        _time = time;
        _options = options.Value;
    }

    /// <summary>What applies when no one has changed the thresholds (the configuration <c>Clocks</c>).</summary>
    public WarningThresholds Defaults => WarningThresholds.From(_options);

    public WarningThresholds Current
    {
        get
        {
            var now = _time.GetUtcNow();
            var snapshot = _snapshot;
            if (snapshot is null || now - snapshot.LoadedAt >= TimeSpan.FromSeconds(_options.ThresholdsCacheSeconds))
            {
                snapshot = new Snapshot(Load(), now);
                _snapshot = snapshot;
            }

            return snapshot.Thresholds;
        }
    }

    /// <summary>Drops the cached copy; the next question reads the row again.</summary>
    public void Invalidate() => _snapshot = null;

    private WarningThresholds Load()
    {
        using var scope = _scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EGovDbContext>();
        // Synchronous on purpose, like the calendar: it runs rarely, inside a synchronous due-date computation.
        var stored = db.Set<ClockThresholdSetting>().AsNoTracking().SingleOrDefault(s => s.Id == ClockThresholdSetting.SingletonId);
        return stored?.Thresholds ?? Defaults;
    }

    private sealed record Snapshot(WarningThresholds Thresholds, DateTimeOffset LoadedAt);
}

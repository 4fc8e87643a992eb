using System.Text.Json;
using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Platform.Clocks;

/// <summary>
/// Changes the warning thresholds (the security administrator, through oversight's warning rule) and reports the
/// recomputation of every open clock's warning that a change starts in the background.
/// </summary>
public sealed class ClockThresholdChanges(
    EGovDbContext db, IAuditLog audit, TimeProvider time, ClockThresholds thresholds, WarningRecomputation recomputation)
{
    /// <summary>
    /// Stores <paramref name="next"/> and saves it together with the caller's pending changes in one
    /// <c>SaveChangesAsync</c> (so a rule and the thresholds it drives change together), then recomputes the
    /// open clocks in batches in the background (<see cref="ProgressAsync"/>). Out-of-range numbers are a
    /// validation error, a concurrent change of the thresholds (or of the caller's rows with a concurrency token) a conflict.
    /// </summary>
    /// <param name="changedBy">The user name, for the row.</param>
    public async Task<Result> ChangeAsync(WarningThresholds next, string changedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (next.Check() is { } invalid)
        {
            return invalid;
        }

        var row = await db.Set<ClockThresholdSetting>().SingleOrDefaultAsync(s => s.Id == ClockThresholdSetting.SingletonId, cancellationToken);
        var before = row?.Thresholds ?? thresholds.Defaults;
        var recompute = before != next;
        if (recompute)
        {
            if (row is null)
            {
                row = new ClockThresholdSetting();
                db.Add(row);
            }

            var now = time.GetUtcNow().UtcDateTime;
            (row.Enabled, row.WarningWorkingDays, row.WarningPercent, row.UpdatedAt, row.UpdatedBy) = (next.Enabled, next.WorkingDays, next.Percent, now, changedBy);
            row.Version++;
            row.RecomputeStartedAt = now;
            row.RecomputeFinishedAt = null;
            row.RecomputeDone = 0;
            row.RecomputeTotal = await db.Set<StatutoryClock>().CountAsync(c => c.State != ClockState.Stopped, cancellationToken);
            audit.Record(new AuditRecord("clock.thresholds_changed", "ClockThresholds", null, AuditOutcome.Success, JsonSerializer.Serialize(new { before, after = next })));
        }

        if (await SaveAsync(cancellationToken) is { } conflict)
        {
            return conflict;
        }

        if (recompute)
        {
            thresholds.Invalidate();
            recomputation.Request();
        }

        return Result.Success();
    }

    /// <summary>The last recomputation, or null when the thresholds were never changed.</summary>
    public Task<WarningRecomputeProgress?> ProgressAsync(CancellationToken cancellationToken = default)
        => db.Set<ClockThresholdSetting>().AsNoTracking()
            .Where(s => s.Id == ClockThresholdSetting.SingletonId && s.RecomputeStartedAt != null)
            .Select(s => new WarningRecomputeProgress(
                s.RecomputeFinishedAt == null, s.RecomputeDone < s.RecomputeTotal ? s.RecomputeDone : s.RecomputeTotal, s.RecomputeTotal, s.RecomputeStartedAt!.Value, s.RecomputeFinishedAt))
            .SingleOrDefaultAsync(cancellationToken);

    private async Task<Error?> SaveAsync(CancellationToken cancellationToken)
    {
        var creating = db.ChangeTracker.Entries<ClockThresholdSetting>().Any(e => e.State == EntityState.Added);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict;
        }
        catch (DbUpdateException) when (creating)
        {
            // Another administrator created the same row between our read and our insert.
            return Conflict;
        }
    }

    private static Error Conflict => Error.Conflict("clock.thresholds_changed", "预警设置已被他人修改，请刷新页面后重新操作");
}

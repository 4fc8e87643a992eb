using EGov.Platform.Audit;
using EGov.Platform.Calendar;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace EGov.Platform.Clocks;

public sealed partial class ClockService
{
    private const int RecomputeBatch = 500;

    /// <summary>
    /// Moves every running clock to the warning level it has at <paramref name="now"/>, in set-based statements over
    /// the stored <see cref="StatutoryClock.DueAt"/> and <see cref="StatutoryClock.WarningAt"/>. Each statement starts
    /// from one stored level, so that the (State, WarningLevel, DueAt) and (State, WarningLevel, WarningAt) indexes
    /// read only the clocks that change, not every running clock. Paused and stopped clocks keep their level.
    /// Returns the number of clocks whose level changed.
    /// </summary>
    public async Task<int> RefreshWarningLevelsAsync(DateTime now, CancellationToken cancellationToken = default)
    {
        var running = db.Set<StatutoryClock>().Where(c => c.State == ClockState.Running);
        var changed = 0;
        foreach (var from in (WarningLevel[])[WarningLevel.Normal, WarningLevel.Warning])
        {
            changed += await running.Where(c => c.WarningLevel == from && c.DueAt <= now)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.WarningLevel, WarningLevel.Overdue), cancellationToken);
        }

        changed += await running.Where(c => c.WarningLevel == WarningLevel.Normal && c.WarningAt <= now && c.DueAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.WarningLevel, WarningLevel.Warning), cancellationToken);
        changed += await running.Where(c => c.WarningLevel == WarningLevel.Overdue && c.DueAt > now && c.WarningAt <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.WarningLevel, WarningLevel.Warning), cancellationToken);
        foreach (var from in (WarningLevel[])[WarningLevel.Warning, WarningLevel.Overdue])
        {
            changed += await running.Where(c => c.WarningLevel == from && c.WarningAt > now)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.WarningLevel, WarningLevel.Normal), cancellationToken);
        }

        return changed;
    }

    /// <summary>The refresh as of the start of <paramref name="today"/> in China.</summary>
    public Task<int> RefreshWarningLevelsAsync(DateOnly today, CancellationToken cancellationToken = default)
        => RefreshWarningLevelsAsync(ChinaTime.StartOfDay(today), cancellationToken);

    /// <summary>
    /// Recomputes the open day-based clocks whose period touches <paramref name="year"/> after the year's holiday
    /// arrangement changed; saves in batches. Returns the number of clocks whose due date moved.
    /// </summary>
    public async Task<int> RecomputeForYearAsync(int year, CancellationToken cancellationToken = default)
    {
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var moved = 0;
        var after = Guid.Empty;
        while (true)
        {
            var batch = await db.Set<StatutoryClock>()
                .Where(c => c.State != ClockState.Stopped && c.LimitUnit != LimitUnit.Hours && c.StartDate <= last && c.DueDate >= first)
                .Where(c => c.Id.CompareTo(after) > 0)
                .OrderBy(c => c.Id)
                .Take(RecomputeBatch)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return moved;
            }

            var changed = 0;
            foreach (var clock in batch)
            {
                var due = clock.DueDate;
                if (Scheduler.Compute(clock) is { IsSuccess: true, Value: var schedule } && (schedule.DueDate != due || schedule.WarningFrom != clock.WarningFrom || schedule.CalendarKnown != clock.CalendarKnown))
                {
                    Reschedule(clock, $"{year} 年节假日安排变更，原到期日 {due:yyyy-MM-dd}");
                    moved += schedule.DueDate != due ? 1 : 0;
                    changed++;
                }
            }

            if (changed > 0)
            {
                audit.Record(new AuditRecord("clock.recomputed", nameof(StatutoryClock), null, AuditOutcome.Success, $"{{\"year\":{year},\"clocks\":{changed}}}"));
                await db.SaveChangesAsync(cancellationToken);
            }

            db.ChangeTracker.Clear();
            after = batch[^1].Id;
        }
    }
}

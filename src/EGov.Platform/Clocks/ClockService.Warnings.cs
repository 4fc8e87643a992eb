using Microsoft.EntityFrameworkCore;

namespace EGov.Platform.Clocks;

public sealed partial class ClockService
{
    /// <summary>
    /// Recomputes the warning start and level of the next <paramref name="size"/> open clocks after
    /// <paramref name="after"/> (by id) under <paramref name="thresholds"/>, from their stored due dates. Writes only
    /// the clocks that change, one set-based UPDATE per distinct result; a clock whose due date moved meanwhile is
    /// skipped (its own change computed it). The clocks' versions stay, so no module's edit conflicts with the pass.
    /// </summary>
    /// <returns>The clocks read, the last id read, and how many changed.</returns>
    internal async Task<(int Read, Guid Last, int Changed)> RecomputeWarningsAsync(
        WarningThresholds thresholds, Guid after, int size, CancellationToken cancellationToken)
    {
        var batch = await db.Set<StatutoryClock>().AsNoTracking()
            .Where(c => c.State != ClockState.Stopped && c.Id.CompareTo(after) > 0)
            .OrderBy(c => c.Id)
            .Take(size)
            .ToListAsync(cancellationToken);
        if (batch.Count == 0)
        {
            return (0, after, 0);
        }

        var warning = new WarningScheduler(calendar, thresholds);
        var changed = new List<StatutoryClock>();
        foreach (var clock in batch)
        {
            if (warning.Compute(clock.LimitUnit, clock.StartDate, clock.EffectiveLimit, clock.DueDate, clock.DueAt) is not { IsSuccess: true, Value: var start })
            {
                continue;
            }

            var before = (clock.WarningFrom, clock.WarningAt, clock.WarningLevel);
            (clock.WarningFrom, clock.WarningAt) = (start.From, start.At);
            clock.WarningLevel = clock.LevelAt(Now);
            if (before != (clock.WarningFrom, clock.WarningAt, clock.WarningLevel))
            {
                changed.Add(clock);
            }
        }

        foreach (var group in changed.GroupBy(c => (c.DueAt, c.WarningFrom, c.WarningAt, c.WarningLevel)))
        {
            var ids = group.Select(c => c.Id).ToList();
            var (dueAt, from, at, level) = group.Key;
            await db.Set<StatutoryClock>()
                .Where(c => ids.Contains(c.Id) && c.State != ClockState.Stopped && c.DueAt == dueAt)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.WarningFrom, from).SetProperty(c => c.WarningAt, at).SetProperty(c => c.WarningLevel, level), cancellationToken);
        }

        return (batch.Count, batch[^1].Id, changed.Count);
    }
}

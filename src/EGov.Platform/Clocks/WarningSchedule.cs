using EGov.Platform.Calendar;
using EGov.Platform.Results;
using EGov.Platform.Time;

namespace EGov.Platform.Clocks;

/// <summary>The first day and instant of a clock's warning period.</summary>
internal readonly record struct WarningStart(DateOnly From, DateTime At);

/// <summary>Computes when a clock starts to warn, from its due date, start and limit, under the thresholds in force.</summary>
internal sealed class WarningScheduler(WorkingDayCalendar calendar, WarningThresholds thresholds)
{
    public WarningThresholds Thresholds => thresholds;

    /// <param name="limit">The effective limit, with extensions, in the clock's unit.</param>
    public Result<WarningStart> Compute(LimitUnit unit, DateOnly start, int limit, DateOnly due, DateTime dueAt)
    {
        if (!thresholds.Enabled)
        {
            // The warning period starts when the clock is overdue: it never shows a warning.
            return new WarningStart(unit == LimitUnit.Hours ? ChinaTime.DateOf(dueAt) : due.AddDays(1), dueAt);
        }

        return unit switch
        {
            LimitUnit.WorkingDays => WorkingDays(limit, due),
            LimitUnit.Hours => Hours(limit, dueAt),
            _ => CalendarDays(start, due),
        };
    }

    private Result<WarningStart> WorkingDays(int limit, DateOnly due)
    {
        var warningDays = Math.Max(thresholds.WorkingDays, limit * thresholds.Percent / 100);
        var warning = calendar.AddWorkingDays(due, -warningDays);
        return warning.IsSuccess ? Day(warning.Value.Date) : warning.Error!;
    }

    private Result<WarningStart> CalendarDays(DateOnly start, DateOnly due)
    {
        var byWorkingDays = calendar.AddWorkingDays(due, -thresholds.WorkingDays);
        if (!byWorkingDays.IsSuccess)
        {
            return byWorkingDays.Error!;
        }

        var byShare = due.AddDays(-((due.DayNumber - start.DayNumber) * thresholds.Percent / 100));
        return Day(byWorkingDays.Value.Date < byShare ? byWorkingDays.Value.Date : byShare);
    }

    /// <summary>Hour limits (12345 hotline) are wall-clock hours; only the share threshold applies.</summary>
    private Result<WarningStart> Hours(int limit, DateTime dueAt)
    {
        var at = dueAt - (TimeSpan.FromHours(limit) * thresholds.Percent / 100);
        return new WarningStart(ChinaTime.DateOf(at), at);
    }

    private static WarningStart Day(DateOnly from) => new(from, ChinaTime.StartOfDay(from));
}

using EGov.Platform.Calendar;
using EGov.Platform.Clocks;
using EGov.Platform.Numbering;
using EGov.Platform.Time;
using Microsoft.Extensions.Options;

namespace EGov.Platform.Inbox;

/// <summary>
/// The one place that decides a work item's warning level: overdue after the due date, a warning when no more than
/// <see cref="WarningThresholds.WorkingDays"/> working days remain — the clocks' own threshold.
/// </summary>
internal sealed class WorkItemWarnings(TimeProvider time, WorkingDayCalendar calendar, IOptions<ClockOptions> options, ClockThresholds? thresholds = null)
{
    public WarningWindow Today()
    {
        var today = ChinaTime.Today(time);
        var warning = thresholds?.Current ?? WarningThresholds.From(options.Value);
        var warnUntil = calendar.AddWorkingDays(today, warning.Enabled ? warning.WorkingDays : -1);
        return new WarningWindow(today, warnUntil.IsSuccess ? warnUntil.Value.Date : today);
    }
}

/// <summary>Due dates before <paramref name="Today"/> are overdue; up to and including <paramref name="WarnUntil"/> a warning.</summary>
internal readonly record struct WarningWindow(DateOnly Today, DateOnly WarnUntil)
{
    public WarningLevel LevelOf(DateOnly? due) => due switch
    {
        null => WarningLevel.Normal,
        { } d when d < Today => WarningLevel.Overdue,
        { } d when d <= WarnUntil => WarningLevel.Warning,
        _ => WarningLevel.Normal,
    };
}

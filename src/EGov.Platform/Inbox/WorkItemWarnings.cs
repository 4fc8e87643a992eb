using EGov.Platform.Numbering;

namespace EGov.Platform.Inbox;

/// <summary>
/// The one place that decides a work item's warning level: overdue after the due date,
/// a warning from two calendar days before it. (To become working days once the calendar is merged.)
/// </summary>
internal sealed class WorkItemWarnings(TimeProvider time)
{
    public WarningWindow Today()
    {
        var today = ChinaTime.Today(time);
        return new WarningWindow(today, today.AddDays(2));
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

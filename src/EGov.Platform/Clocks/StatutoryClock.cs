using EGov.Platform.Calendar;
using EGov.Platform.Time;

namespace EGov.Platform.Clocks;

/// <summary>
/// 法定时限: one time limit of one module case. Changed only through <see cref="ClockService"/>, which keeps
/// the stored due date, warning dates and level current so that oversight can read every clock set-based.
/// </summary>
public sealed class StatutoryClock
{
    public Guid Id { get; internal set; } = Guid.CreateVersion7();
    public string Module { get; internal set; } = "";
    public string CaseType { get; internal set; } = "";
    public string CaseId { get; internal set; } = "";
    public Guid? DepartmentId { get; internal set; }
    public string Title { get; internal set; } = "";

    /// <summary>事项: what oversight groups the clock under (a service item's name, 政府信息公开申请…); null when the module names none.</summary>
    public string? Item { get; internal set; }

    /// <summary>The day the clock starts (or restarted); counting begins the day after.</summary>
    public DateOnly StartDate { get; internal set; }

    /// <summary>The instant an hour limit starts from.</summary>
    public DateTime StartedAt { get; internal set; }

    public int LimitValue { get; internal set; }
    public LimitUnit LimitUnit { get; internal set; }
    public ClockLimit Limit => new(LimitValue, LimitUnit);

    /// <summary>The limit with the approved extensions.</summary>
    public int EffectiveLimit => LimitValue + Extensions.Sum(e => e.Amount);

    public List<ClockExtension> Extensions { get; internal set; } = [];
    public List<ClockPause> Pauses { get; internal set; } = [];

    public ClockState State { get; internal set; }
    public DateTime? StoppedAt { get; internal set; }
    public string? Outcome { get; internal set; }

    /// <summary>The last day to act (not counting an open pause).</summary>
    public DateOnly DueDate { get; internal set; }

    /// <summary>The instant the clock is overdue: the end of <see cref="DueDate"/> in China, or the exact hour for hour limits.</summary>
    public DateTime DueAt { get; internal set; }

    /// <summary>The first day of the warning period.</summary>
    public DateOnly WarningFrom { get; internal set; }

    public DateTime WarningAt { get; internal set; }

    /// <summary>As of the last change or refresh (<see cref="ClockService.RefreshWarningLevelsAsync"/>).</summary>
    public WarningLevel WarningLevel { get; internal set; }

    /// <summary>False when the due date was computed across a year without holiday data (Monday–Friday only).</summary>
    public bool CalendarKnown { get; internal set; }

    public long Version { get; internal set; }

    public ClockPause? OpenPause => State == ClockState.Paused ? Pauses.LastOrDefault(p => p.ResumeDate is null) : null;

    /// <summary>The warning level at an instant; frozen at the pause for a paused clock and at the stop for a stopped one.</summary>
    public WarningLevel LevelAt(DateTime now)
    {
        if (State == ClockState.Stopped)
        {
            return WarningLevel;
        }

        if (OpenPause is { } pause)
        {
            now = LimitUnit == LimitUnit.Hours ? pause.PausedAt : ChinaTime.StartOfDay(pause.StartDate);
        }

        return now >= DueAt ? WarningLevel.Overdue : now >= WarningAt ? WarningLevel.Warning : WarningLevel.Normal;
    }

    /// <summary>The warning level on a day in China (for day limits; hour limits are judged at the day's start).</summary>
    public WarningLevel LevelOn(DateOnly today) => LevelAt(ChinaTime.StartOfDay(today));
}

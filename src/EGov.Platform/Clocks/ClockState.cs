namespace EGov.Platform.Clocks;

public enum ClockState
{
    Running,

    /// <summary>Inside a <see cref="ClockPause"/>: the time does not count and the warning level stays as it was.</summary>
    Paused,

    /// <summary>The case is concluded (or withdrawn); due date and warning level are kept as they were at the stop.</summary>
    Stopped,
}

/// <summary>预警 levels that oversight reads; 黄牌 and 红牌 are oversight's own decisions on top.</summary>
public enum WarningLevel
{
    Normal,
    Warning,
    Overdue,
}

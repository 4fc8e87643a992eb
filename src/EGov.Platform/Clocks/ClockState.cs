namespace EGov.Platform.Clocks;

public enum ClockState
{
    Running,

    /// <summary>Inside a <see cref="ClockPause"/>: the time does not count and the warning level stays as it was.</summary>
    Paused,

    /// <summary>The case is concluded (or withdrawn); due date and warning level are kept as they were at the stop.</summary>
    Stopped,
}

/// <summary>
/// 预警 levels of clocks and work items that oversight reads; 黄牌 and 红牌 are oversight's own decisions on top.
/// Pages show a level as a colour and a text label (正常/临期/超期).
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<WarningLevel>))]
public enum WarningLevel
{
    Normal,
    Warning,
    Overdue,
}

namespace EGov.Platform.Clocks;

/// <summary>
/// Configuration section <c>Clocks</c>. The warning thresholds are local practice, not law (oversight.md:
/// 预警 when ≤ 1 working day or ≤ 20 % of the limit remains); these are the defaults until the security
/// administrator changes them (<see cref="ClockThresholdChanges"/>).
/// </summary>
public sealed class ClockOptions
{
    public const string Section = "Clocks";

    public int WarningWorkingDays { get; set; } = 1;

    public int WarningPercent { get; set; } = 20;

    /// <summary>
    /// How long a node keeps its copy of the thresholds stored by the security administrator
    /// (<see cref="ClockThresholds"/>); the node that changes them reloads at once.
    /// </summary>
    public int ThresholdsCacheSeconds { get; set; } = 60;

    /// <summary>
    /// A calendar-day or month limit that ends on a rest day ends on the next working day instead
    /// (民法典 第二百零三条). Working-day limits always end on a working day.
    /// </summary>
    public bool MoveDueDateOffRestDays { get; set; } = true;
}

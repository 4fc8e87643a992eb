namespace EGov.Platform.Clocks;

/// <summary>
/// Configuration section <c>Clocks</c>. The warning thresholds are local practice, not law (oversight.md:
/// 预警 when ≤ 1 working day or ≤ 20 % of the limit remains); configure them per district.
/// </summary>
public sealed class ClockOptions
{
    public const string Section = "Clocks";

    public int WarningWorkingDays { get; set; } = 1;

    public int WarningPercent { get; set; } = 20;

    /// <summary>
    /// A calendar-day or month limit that ends on a rest day ends on the next working day instead
    /// (民法典 第二百零三条). Working-day limits always end on a working day.
    /// </summary>
    public bool MoveDueDateOffRestDays { get; set; } = true;
}

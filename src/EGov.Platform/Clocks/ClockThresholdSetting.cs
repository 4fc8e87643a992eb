namespace EGov.Platform.Clocks;

/// <summary>
/// The one row of table <c>plat_clock_thresholds</c>: the warning thresholds in force (without the row, the
/// configuration's <see cref="ClockOptions"/>) and the progress of the recomputation a change started.
/// </summary>
internal sealed class ClockThresholdSetting
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;
    public bool Enabled { get; set; } = true;
    public int WarningWorkingDays { get; set; }
    public int WarningPercent { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
    public long Version { get; set; }

    public DateTime? RecomputeStartedAt { get; set; }
    public DateTime? RecomputeFinishedAt { get; set; }
    public int RecomputeTotal { get; set; }
    public int RecomputeDone { get; set; }

    public WarningThresholds Thresholds => new(Enabled, WarningWorkingDays, WarningPercent);
}

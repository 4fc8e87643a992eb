namespace EGov.Platform.Audit;

/// <summary>Configuration section <c>Audit</c>.</summary>
public sealed class AuditOptions
{
    public const string Section = "Audit";

    /// <summary>A checkpoint after this many newly sealed entries.</summary>
    public int CheckpointEvery { get; set; } = 1000;

    /// <summary>A checkpoint after this many minutes when new entries were sealed since the last one.</summary>
    public int CheckpointMinutes { get; set; } = 10;

    /// <summary>How often the background service seals new entries.</summary>
    public int SealSeconds { get; set; } = 5;
}

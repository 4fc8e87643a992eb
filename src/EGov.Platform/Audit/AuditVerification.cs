using System.Globalization;

namespace EGov.Platform.Audit;

/// <summary>What <see cref="AuditVerifier"/> found; intact when there are no problems.</summary>
public sealed record AuditVerification(
    long SealedCount, long PendingCount, int CheckpointCount, AuditCheckpoint? LatestCheckpoint, IReadOnlyList<AuditProblem> Problems)
{
    public bool Intact => Problems.Count == 0;

    /// <summary>The problem at the lowest sequence; problems of a checkpoint alone (signature) come last.</summary>
    public AuditProblem? FirstProblem => Problems.OrderBy(p => p.Sequence ?? long.MaxValue).FirstOrDefault();

    public string Summary()
    {
        var counts = string.Create(CultureInfo.InvariantCulture,
            $"{SealedCount} 条已封存记录 sealed entries, {PendingCount} 条待封存 pending, {CheckpointCount} 个检查点 checkpoints");
        return FirstProblem is { } first
            ? $"审计日志已被篡改 / Audit log TAMPERED ({counts}). 第一个问题 first problem: {first.Message}"
            : $"审计日志完整 / Audit log intact ({counts}).";
    }
}

/// <param name="Sequence">The first entry concerned, when the problem concerns entries.</param>
/// <param name="Code">Stable code, e.g. <c>audit.entry_changed</c>.</param>
/// <param name="Message">Chinese, then English.</param>
public sealed record AuditProblem(long? Sequence, string Code, string Message);

namespace EGov.Platform.Clocks;

/// <summary>The recomputation of the open clocks' warnings after the thresholds last changed.</summary>
/// <param name="Done">Open clocks recomputed so far (at most <paramref name="Total"/>).</param>
/// <param name="Total">Open clocks when the change was saved.</param>
public sealed record WarningRecomputeProgress(bool Running, int Done, int Total, DateTime StartedAt, DateTime? FinishedAt);

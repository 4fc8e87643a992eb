namespace EGov.Platform.Clocks;

/// <summary>
/// A period not counted (暂停/中止计时). The day it starts still counts; the days after it up to and including
/// <see cref="ResumeDate"/> do not (see README: a pause from P1 to P2 moves the due date by the working days in (P1, P2]).
/// </summary>
public sealed class ClockPause
{
    public Guid Id { get; internal set; } = Guid.CreateVersion7();

    public string Reason { get; internal set; } = "";
    public string? Note { get; internal set; }
    public DateOnly StartDate { get; internal set; }
    public DateOnly? ResumeDate { get; internal set; }

    /// <summary>Instants, used for hour limits.</summary>
    public DateTime PausedAt { get; internal set; }

    public DateTime? ResumedAt { get; internal set; }
}

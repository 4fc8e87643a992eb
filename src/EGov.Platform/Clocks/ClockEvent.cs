namespace EGov.Platform.Clocks;

/// <summary>One line of a clock's history (started, paused, resumed, extended, restarted, stopped, recomputed).</summary>
public sealed class ClockEvent
{
    public Guid Id { get; internal set; } = Guid.CreateVersion7();
    public Guid ClockId { get; internal set; }
    public string Kind { get; internal set; } = "";

    /// <summary>The legal date of the event (pause start, resume, restart…).</summary>
    public DateOnly Date { get; internal set; }

    public DateTime At { get; internal set; }
    public string? Detail { get; internal set; }
    public DateOnly DueDateAfter { get; internal set; }
}

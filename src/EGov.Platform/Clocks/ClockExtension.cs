namespace EGov.Platform.Clocks;

/// <summary>An approved extension (延期), e.g. 20 working days with the GIO head's approval (条例 第三十三条).</summary>
public sealed class ClockExtension
{
    public Guid Id { get; internal set; } = Guid.CreateVersion7();

    /// <summary>In the unit of the clock's limit (working days for a working-day limit, months for a month limit…).</summary>
    public int Amount { get; internal set; }

    public string Reason { get; internal set; } = "";
    public string ApprovedBy { get; internal set; } = "";
    public DateTime ApprovedAt { get; internal set; }
}

namespace EGov.Disclosure.Domain.Requests;

/// <summary>
/// 补正告知 (条例 第三十条): sent at most once, within 7 working days of receipt, saying what to correct and by when.
/// The reply period restarts from the day the corrected request arrives; no correction by <see cref="Deadline"/>
/// without good reason means the request is deemed withdrawn.
/// </summary>
internal sealed class CorrectionNotice
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid RequestId { get; set; }
    public DateOnly SentOn { get; set; }

    /// <summary>Everything to correct, in one notice (一次性告知).</summary>
    public string Items { get; set; } = "";

    /// <summary>The last day to correct (a reasonable period, <c>Disclosure:CorrectionPeriodWorkingDays</c>).</summary>
    public DateOnly Deadline { get; set; }

    public DateOnly? CorrectedOn { get; set; }
    public string? CorrectedDescription { get; set; }
    public Guid SentBy { get; set; }
}

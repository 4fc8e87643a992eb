namespace EGov.Approvals.Domain.Applications;

/// <summary>
/// 特别程序: a hearing, tender, auction, inspection, testing, quarantine, appraisal or expert review, whose time is not
/// counted; the applicant is told the time needed in writing (行政许可法 第四十五条). The clocks pause while it runs.
/// </summary>
internal sealed class SpecialProcedure
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ApplicationId { get; set; }

    /// <summary>One of the platform's pause reasons (hearing, tender, auction, inspection, appraisal, expert_review).</summary>
    public string Reason { get; set; } = "";

    public string Description { get; set; } = "";
    public DateOnly StartedOn { get; set; }

    /// <summary>The time needed as told to the applicant, in working days.</summary>
    public int ExpectedDays { get; set; }

    public DateOnly? EndedOn { get; set; }
    public string? Outcome { get; set; }

    /// <summary>The written notice (特别程序告知书) among the application's documents.</summary>
    public Guid? NoticeDocumentId { get; set; }
}

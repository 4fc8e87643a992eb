namespace EGov.Approvals.Domain.Applications;

/// <summary>
/// 一次性告知补正: the one notice listing every missing or wrong material (行政许可法 第三十二条第一款第四项).
/// Sent within 5 working days of the materials' arrival; the handlers refuse a second one.
/// </summary>
internal sealed class CorrectionNotice
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ApplicationId { get; set; }
    public List<CorrectionEntry> Entries { get; set; } = [];
    public string? Note { get; set; }
    public DateOnly IssuedOn { get; set; }
    public Guid IssuedBy { get; set; }

    /// <summary>The day the applicant supplied the materials; acceptance may follow.</summary>
    public DateOnly? SuppliedOn { get; set; }

    public string? SupplyNote { get; set; }
}

/// <summary>One material to supply or correct, and what is wrong with it.</summary>
internal sealed class CorrectionEntry
{
    public Guid? RequiredMaterialId { get; set; }
    public string MaterialName { get; set; } = "";
    public string Problem { get; set; } = "";
}

namespace EGov.Documents.Domain;

/// <summary>
/// 审批意见: one person's decision at one step of a 公文, kept for good (条例 Art. 19–22: every 核稿, 会签 and 签发
/// opinion stays with the document).
/// </summary>
internal sealed class Opinion
{
    public Guid Id { get; set; }
    public Guid DocumentId { get; set; }
    public OpinionStep Step { get; set; }
    public OpinionDecision Decision { get; set; }
    public string? Text { get; set; }
    public Guid? PersonId { get; set; }
    public string PersonName { get; set; } = "";
    public Guid? DepartmentId { get; set; }
    public string DepartmentName { get; set; } = "";
    public DateTime At { get; set; }
}

internal enum OpinionStep
{
    Draft,
    Review,
    Countersign,
    SignOff,
    Number,
    Seal,
    Distribute,
    Archive,
    Publish,
}

internal enum OpinionDecision
{
    Submitted,
    Approved,
    Agreed,
    Disagreed,
    Returned,
    Done,
}

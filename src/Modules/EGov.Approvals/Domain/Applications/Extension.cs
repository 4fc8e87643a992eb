namespace EGov.Approvals.Domain.Applications;

/// <summary>
/// 延长期限: approved by the agency head (+10 days) or, for joint handling, by the government's head (+15 days);
/// the reasons are told to the applicant (行政许可法 第四十二条).
/// </summary>
internal sealed class Extension
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ApplicationId { get; set; }
    public int Days { get; set; }
    public string Reason { get; set; } = "";
    public Guid RequestedBy { get; set; }
    public DateTime RequestedAt { get; set; }
    public Guid? DecidedBy { get; set; }
    public DateTime? DecidedAt { get; set; }
    public bool? Approved { get; set; }
    public string? DecisionNote { get; set; }
}

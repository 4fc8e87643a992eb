namespace EGov.Documents.Domain.Incoming;

/// <summary>协办部门 named in 批办, and its opinion to the lead unit.</summary>
internal sealed class AssistingUnit
{
    public long Id { get; set; }
    public Guid DocumentId { get; set; }
    public Guid DepartmentId { get; set; }
    public string? Opinion { get; set; }
    public DateTime? OpinionAt { get; set; }
    public string? OpinionByName { get; set; }
}

namespace EGov.Platform.Inbox;

/// <summary>待办: one thing a person, or whoever holds a role in a department, has to do in a module's case.</summary>
internal sealed class WorkItem
{
    public Guid Id { get; set; }
    public string Module { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Title { get; set; } = "";
    public string Url { get; set; } = "";
    public string CaseId { get; set; } = "";
    public Guid? AssigneeUserId { get; set; }
    public Guid? AssigneeDepartmentId { get; set; }
    public string? AssigneePermission { get; set; }
    public DateOnly? DueDate { get; set; }
    public Guid? ClockId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? CompletedAt { get; set; }
    public Guid? CompletedBy { get; set; }
}

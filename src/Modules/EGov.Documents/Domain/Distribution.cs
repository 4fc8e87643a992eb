namespace EGov.Documents.Domain;

/// <summary>分发: one recipient of an issued document, internal (a department) or external (a name only).</summary>
internal sealed class Distribution
{
    public Guid Id { get; set; }
    public Guid DocumentId { get; set; }
    public bool IsCopy { get; set; }
    public Guid? DepartmentId { get; set; }
    public string Name { get; set; } = "";
    public DateTime At { get; set; }
}

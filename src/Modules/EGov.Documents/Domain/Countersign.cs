namespace EGov.Documents.Domain;

/// <summary>会签: one department asked for its opinion in one round; all must agree before 签发 (条例 Art. 20).</summary>
internal sealed class Countersign
{
    public Guid Id { get; set; }
    public Guid DocumentId { get; set; }
    public int Round { get; set; }
    public Guid DepartmentId { get; set; }
    public string DepartmentName { get; set; } = "";

    /// <summary>Null while the department has not answered.</summary>
    public bool? Agreed { get; set; }

    public DateTime? AnsweredAt { get; set; }
}

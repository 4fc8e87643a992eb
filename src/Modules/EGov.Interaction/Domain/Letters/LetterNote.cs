namespace EGov.Interaction.Domain.Letters;

/// <summary>内部备注: staff notes on a letter that the public never sees.</summary>
internal sealed class LetterNote
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid LetterId { get; set; }
    public string Body { get; set; } = "";
    public Guid AuthorId { get; set; }
    public string AuthorName { get; set; } = "";
    public Guid? DepartmentId { get; set; }
    public DateTime At { get; set; }
}

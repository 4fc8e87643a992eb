namespace EGov.Interaction.Domain.Letters;

/// <summary>A reply submitted by the handler and reviewed by the department head before it is sent (答复审核).</summary>
internal sealed class LetterReply
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid LetterId { get; set; }
    public int Round { get; set; }
    public string Content { get; set; } = "";
    public Guid DepartmentId { get; set; }
    public Guid DraftedById { get; set; }
    public string DraftedByName { get; set; } = "";
    public DateTime SubmittedAt { get; set; }
    public ReplyState State { get; set; }
    public Guid? ReviewerId { get; set; }
    public string? ReviewerName { get; set; }
    public DateTime? ReviewedAt { get; set; }
    public string? ReviewNote { get; set; }
}

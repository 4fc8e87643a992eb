namespace EGov.Interaction.Domain.Letters;

/// <summary>延期申请: the handling department asks for more working days; the mailbox's dispatcher approves or refuses.</summary>
internal sealed class LetterExtension
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid LetterId { get; set; }
    public int Round { get; set; }
    public int WorkingDays { get; set; }
    public string Reason { get; set; } = "";
    public Guid RequestedById { get; set; }
    public string RequestedByName { get; set; } = "";
    public DateTime RequestedAt { get; set; }
    public ExtensionState State { get; set; }
    public Guid? DecidedById { get; set; }
    public string? DecidedByName { get; set; }
    public DateTime? DecidedAt { get; set; }
    public string? DecisionNote { get; set; }
}

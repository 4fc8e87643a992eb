namespace EGov.Interaction.Domain.Letters;

/// <summary>One step of a letter's history: the writer sees title, time and public note; staff also the internal note.</summary>
internal sealed class LetterStep
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid LetterId { get; set; }

    /// <summary>Stable code: submitted, held, released, registered, routed, returned, signed_for, extension_requested…</summary>
    public string Kind { get; set; } = "";

    public string Title { get; set; } = "";
    public DateTime At { get; set; }
    public Guid? ActorId { get; set; }
    public string ActorName { get; set; } = "";
    public Guid? DepartmentId { get; set; }
    public string? PublicNote { get; set; }
    public string? InternalNote { get; set; }
    public LetterState StateAfter { get; set; }
}

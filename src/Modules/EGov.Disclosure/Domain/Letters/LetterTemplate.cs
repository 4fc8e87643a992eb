namespace EGov.Disclosure.Domain.Letters;

/// <summary>
/// The text of a letter (告知书) that an agency sends, with placeholders such as <c>{申请人}</c>; one per agency and
/// kind, falling back to the district's default (<see cref="AgencyId"/> null) and then to the built-in text.
/// </summary>
internal sealed class LetterTemplate
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The agency's department; null for the district-wide default.</summary>
    public Guid? AgencyId { get; set; }

    /// <summary>The letter kind: a <c>ReplyOutcome</c> name for reply letters, or <c>correction</c>, <c>extension</c>, <c>fee</c>, <c>consultation</c>, <c>termination</c>.</summary>
    public string Kind { get; set; } = "";

    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
    public long Version { get; set; }
}

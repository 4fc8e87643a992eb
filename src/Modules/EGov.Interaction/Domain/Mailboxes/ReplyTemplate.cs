using EGov.Interaction.Domain.Letters;

namespace EGov.Interaction.Domain.Mailboxes;

/// <summary>答复模板: a department's reusable reply text; the handler edits it before submitting.</summary>
internal sealed class ReplyTemplate
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid DepartmentId { get; set; }
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";

    /// <summary>Null: suits every kind.</summary>
    public LetterKind? Kind { get; set; }

    public uint Version { get; set; }
}

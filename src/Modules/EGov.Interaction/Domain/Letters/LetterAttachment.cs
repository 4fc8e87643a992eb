namespace EGov.Interaction.Domain.Letters;

/// <summary>A file the writer attached (checked by content, stored by the platform); never published.</summary>
internal sealed class LetterAttachment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid LetterId { get; set; }

    /// <summary>The platform attachment (<c>IAttachmentStore</c>).</summary>
    public Guid AttachmentId { get; set; }

    public string FileName { get; set; } = "";
}

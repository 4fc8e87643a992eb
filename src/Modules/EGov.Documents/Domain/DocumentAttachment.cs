namespace EGov.Documents.Domain;

/// <summary>附件: a file of the platform's attachment store, in the order of the 附件说明.</summary>
internal sealed class DocumentAttachment
{
    public Guid Id { get; set; }
    public Guid DocumentId { get; set; }
    public Guid AttachmentId { get; set; }

    /// <summary>The name printed in the 附件说明, without punctuation at the end.</summary>
    public string Name { get; set; } = "";

    public int Order { get; set; }
}

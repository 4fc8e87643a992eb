namespace EGov.Platform.Attachments;

/// <summary>A stored file: metadata here, the bytes under a generated name in the attachment folder.</summary>
internal sealed class Attachment
{
    public Guid Id { get; set; }
    public string Module { get; set; } = "";
    public string? CaseId { get; set; }
    public string OriginalName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public string Sm3 { get; set; } = "";
    public bool IsPublic { get; set; }
    public Guid? UploadedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public long Version { get; set; }

    public AttachmentInfo ToInfo() => new(Id, Module, CaseId, OriginalName, ContentType, Size, Sm3, IsPublic, UploadedBy, CreatedAt);
}

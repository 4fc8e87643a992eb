namespace EGov.Platform.Attachments;

/// <summary>What the platform knows about a stored file.</summary>
/// <param name="Module">The owning module's code, or <see cref="AttachmentOwner.DraftModule"/> until a module takes it.</param>
/// <param name="OriginalName">The uploader's file name, sanitized, with the extension of the detected type; for display only.</param>
/// <param name="ContentType">The type detected from the content.</param>
/// <param name="Sm3">SM3 of the content, lower-case hex.</param>
public sealed record AttachmentInfo(
    Guid Id,
    string Module,
    string? CaseId,
    string OriginalName,
    string ContentType,
    long Size,
    string Sm3,
    bool IsPublic,
    Guid? UploadedBy,
    DateTime CreatedAt)
{
    public bool IsDraft => Module == AttachmentOwner.DraftModule;
}

/// <summary>Who a file belongs to: a module's case, or the uploader's draft.</summary>
public sealed record AttachmentOwner(string Module, string? CaseId)
{
    public const string DraftModule = "draft";

    /// <summary>The signed-in user who handed the file in, if any.</summary>
    public Guid? UploadedBy { get; init; }

    /// <summary>Readable by anyone, signed in or not (e.g. attachments of a published article).</summary>
    public bool IsPublic { get; init; }

    public static AttachmentOwner Draft(Guid uploadedBy) => new(DraftModule, null) { UploadedBy = uploadedBy };
}

using EGov.Platform.Results;

namespace EGov.Platform.Attachments;

/// <summary>
/// Files checked by size and by content (not by name) and stored under a generated name outside the web root,
/// with their SM3 recorded (OWASP ASVS 4.0.3 V12.1–12.4).
/// </summary>
public interface IAttachmentStore
{
    /// <summary>
    /// Checks and stores the file; its metadata joins the caller's unit of work (saved with the caller's change).
    /// Fails with <c>attachments.too_large</c>, <c>attachments.empty</c>, <c>attachments.type_not_allowed</c>
    /// or <c>attachments.archive_too_large</c>.
    /// </summary>
    Task<Result<AttachmentInfo>> SaveAsync(Stream content, string originalFileName, string? declaredContentType, AttachmentOwner owner, CancellationToken cancellationToken = default);

    /// <summary>Gives a draft uploaded by <paramref name="actingUserId"/> to a module's case, in the caller's unit of work.</summary>
    Task<Result> AttachAsync(Guid attachmentId, AttachmentOwner owner, Guid actingUserId, CancellationToken cancellationToken = default);

    /// <summary>Makes a file readable by anyone, or no longer, in the caller's unit of work.</summary>
    Task<Result> SetPublicAsync(Guid attachmentId, bool isPublic, CancellationToken cancellationToken = default);

    Task<AttachmentInfo?> FindAsync(Guid attachmentId, CancellationToken cancellationToken = default);

    /// <summary>The stored bytes; the caller disposes the stream.</summary>
    Stream OpenRead(AttachmentInfo attachment);
}

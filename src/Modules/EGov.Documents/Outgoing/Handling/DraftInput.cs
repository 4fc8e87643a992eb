namespace EGov.Documents.Outgoing.Handling;

/// <summary>The drafter's form or API body, every value as typed (checked by <see cref="DraftParser"/>).</summary>
/// <param name="Type">文种: the enumeration name (<c>Notice</c>) or the Chinese name (<c>通知</c>).</param>
/// <param name="Publicity">公开属性; none means 依申请公开, and a classified document is 不予公开.</param>
internal sealed record DraftInput(
    Guid? TemplateId,
    string? Type,
    string? Direction,
    string? Secrecy,
    int? SecrecyYears,
    string? CopyNumber,
    string? Urgency,
    string? Title,
    string? MainRecipients,
    IReadOnlyList<Guid>? MainRecipientIds,
    string? CopyRecipients,
    IReadOnlyList<Guid>? CopyRecipientIds,
    string? Body,
    string? Remarks,
    DateOnly? WrittenOn,
    IReadOnlyList<AttachmentRef>? Attachments,
    string? Publicity = null);

/// <summary>An uploaded file (<c>/api/v1/attachments</c>) and the name printed in the 附件说明 (default: the file name).</summary>
internal sealed record AttachmentRef(Guid AttachmentId, string? Name);

using EGov.Documents.Domain;

namespace EGov.Documents.Outgoing.Handling;

/// <summary>A draft's values after parsing: what <see cref="DraftHandler"/> writes onto the document.</summary>
internal sealed record DraftValues(
    DocumentTemplate Template,
    DocumentType Type,
    Direction Direction,
    Secrecy Secrecy,
    int? SecrecyYears,
    string? CopyNumber,
    Urgency Urgency,
    string Title,
    string MainRecipients,
    IReadOnlyList<Guid> MainRecipientIds,
    string? CopyRecipients,
    IReadOnlyList<Guid> CopyRecipientIds,
    string Body,
    string? Remarks,
    DateOnly? WrittenOn,
    IReadOnlyList<AttachmentRef> Attachments,
    Publicity Publicity);

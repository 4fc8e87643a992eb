using EGov.Documents.Outgoing.Handling;

namespace EGov.Documents.Outgoing.Api;

/// <summary>A draft as JSON; enumerations by name (<c>notice</c>) or in Chinese (<c>通知</c>); <c>writtenOn</c> as yyyy-MM-dd.</summary>
internal sealed record DraftBody(
    Guid? TemplateId, string? Type, string? Direction, string? Secrecy, int? SecrecyYears, string? CopyNumber, string? Urgency, string? Title,
    string? MainRecipients, List<Guid>? MainRecipientIds, string? CopyRecipients, List<Guid>? CopyRecipientIds, string? Body, string? Remarks,
    DateOnly? WrittenOn, List<AttachmentRef>? Attachments, long? Version, string? Publicity = null)
{
    public DraftInput Input() => new(TemplateId, Type, Direction, Secrecy, SecrecyYears, CopyNumber, Urgency, Title, MainRecipients, MainRecipientIds,
        CopyRecipients, CopyRecipientIds, Body, Remarks, WrittenOn, Attachments, Publicity);
}

internal sealed record StepBody(long? Version, string? Opinion);

internal sealed record ReviewBody(long? Version, string? Opinion, List<Guid>? CountersignDepartments);

internal sealed record CountersignBody(long? Version, bool? Agree, string? Opinion);

internal sealed record ReturnBody(long? Version, string? Comments);

internal sealed record ArchiveBody(long? Version, string? Retention);

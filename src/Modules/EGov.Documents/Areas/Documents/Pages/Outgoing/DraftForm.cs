using EGov.Documents.Domain;
using EGov.Documents.Outgoing;
using EGov.Documents.Outgoing.Handling;

namespace EGov.Documents.Areas.Documents.Pages.Outgoing;

/// <summary>The fields of the drafting form, as the paper groups them (版头, 主体, 版记).</summary>
internal sealed class DraftForm
{
    public Guid? TemplateId { get; set; }
    public string? Type { get; set; } = nameof(DocumentType.Notice);
    public string? Direction { get; set; }
    public string? Secrecy { get; set; }
    public int? SecrecyYears { get; set; }
    public string? CopyNumber { get; set; }
    public string? Urgency { get; set; }
    public string? Title { get; set; }
    public string? MainRecipients { get; set; }
    public List<Guid> MainRecipientIds { get; set; } = [];
    public string? CopyRecipients { get; set; }
    public List<Guid> CopyRecipientIds { get; set; } = [];
    public string? Body { get; set; }
    public string? Remarks { get; set; }
    public DateOnly? WrittenOn { get; set; }
    public string? Publicity { get; set; } = nameof(Domain.Publicity.OnRequest);

    /// <summary>Attachments kept, with the names printed in the 附件说明.</summary>
    public List<Guid> AttachmentIds { get; set; } = [];

    public List<string> AttachmentNames { get; set; } = [];

    public long? Version { get; set; }

    public DraftInput Input(IEnumerable<AttachmentRef> uploaded) => new(TemplateId, Type, Direction, Secrecy, SecrecyYears, CopyNumber, Urgency, Title,
        MainRecipients, MainRecipientIds, CopyRecipients, CopyRecipientIds, Body, Remarks, WrittenOn,
        [.. AttachmentIds.Select((id, i) => new AttachmentRef(id, i < AttachmentNames.Count ? AttachmentNames[i] : null)), .. uploaded], Publicity);

    public static DraftForm Of(OfficialDocument d) => new()
    {
        TemplateId = d.TemplateId,
        Type = d.Type.ToString(),
        Direction = d.Direction.ToString(),
        Secrecy = d.Secrecy.ToString(),
        SecrecyYears = d.SecrecyYears,
        CopyNumber = d.CopyNumber,
        Urgency = d.Urgency.ToString(),
        Title = d.Title,
        MainRecipients = d.MainRecipients,
        MainRecipientIds = d.MainRecipientIds,
        CopyRecipients = d.CopyRecipients,
        CopyRecipientIds = d.CopyRecipientIds,
        Body = d.Body,
        Remarks = d.Remarks,
        WrittenOn = d.WrittenOn,
        Publicity = d.Publicity.ToString(),
        AttachmentIds = [.. d.Attachments.OrderBy(a => a.Order).Select(a => a.AttachmentId)],
        AttachmentNames = [.. d.Attachments.OrderBy(a => a.Order).Select(a => a.Name)],
        Version = d.Version,
    };

    public static string Label<T>(T value)
        where T : struct, Enum => value switch
        {
            DocumentType t => DocumentNames.Of(t),
            Domain.Direction x => DocumentNames.Of(x),
            Domain.Secrecy s => DocumentNames.Of(s),
            Domain.Urgency u => u == Domain.Urgency.Normal ? "普通" : DocumentNames.Of(u),
            Domain.Publicity p => DocumentNames.Of(p),
            _ => value.ToString(),
        };

    public static string Code<T>(T value)
        where T : struct, Enum => EnumCodes.Code(value);
}

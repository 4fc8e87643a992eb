using EGov.Documents.Domain;
using EGov.Documents.Domain.Incoming;
using EGov.Documents.Incoming.Reading;

namespace EGov.Documents.Incoming.Api;

/// <summary>The JSON shapes of the 收文 API: ISO 8601 dates and UTC instants, codes beside Chinese names.</summary>
internal static class IncomingResponses
{
    public static object Row(IncomingRow r) => new
    {
        r.Id,
        r.IncomingNumber,
        r.DocumentNumber,
        r.Title,
        r.SenderAgency,
        type = DocumentNames.Of(r.Type),
        urgency = DocumentNames.Of(r.Urgency),
        secrecy = DocumentNames.Of(r.Secrecy),
        channel = IncomingNames.Of(r.Channel),
        recipientRole = IncomingNames.Of(r.RecipientRole),
        state = IncomingNames.Code(r.State),
        stateName = IncomingNames.Of(r.State),
        department = r.DepartmentName,
        r.DeliveredAt,
        r.ReceivedAt,
        dueDate = r.DueDate is null ? null : IncomingDisplay.Iso(r.DueDate),
    };

    public static object Detail(IncomingDetail detail)
    {
        var d = detail.Document;
        return new
        {
            d.Id,
            d.Version,
            state = IncomingNames.Code(d.State),
            stateName = IncomingNames.Of(d.State),
            d.IncomingNumber,
            d.DocumentNumber,
            d.Title,
            d.SenderAgency,
            d.SenderDepartmentId,
            type = DocumentNames.Of(d.Type),
            urgency = DocumentNames.Of(d.Urgency),
            secrecy = DocumentNames.Of(d.Secrecy),
            writtenOn = d.WrittenOn is null ? null : IncomingDisplay.Iso(d.WrittenOn),
            d.SentAt,
            channel = IncomingNames.Of(d.Channel),
            recipientRole = IncomingNames.Of(d.RecipientRole),
            departmentId = d.DepartmentId,
            department = detail.DepartmentName,
            d.Copies,
            d.DeliveredAt,
            d.ReceivedAt,
            d.ReceivedByName,
            d.RegisteredAt,
            handlingKind = d.HandlingKind is { } k ? IncomingNames.Of(k) : null,
            d.ReturnReason,
            d.ReturnedAt,
            d.Proposal,
            d.Instruction,
            d.InstructedByName,
            d.LeadDepartmentId,
            leadDepartment = detail.LeadDepartmentName,
            dueDate = d.DueDate is null ? null : IncomingDisplay.Iso(d.DueDate),
            d.ClockId,
            d.Conclusion,
            d.ConcludedAt,
            retention = d.Retention is { } r ? DocumentNames.Of(r) : null,
            d.ArchivedAt,
            pdf = d.AttachmentId is null ? null : IncomingApi.PdfUrl(d.Id),
            assisting = detail.Assisting.Select(a => new { a.DepartmentId, department = a.Name, a.Opinion, a.OpinionAt, a.OpinionByName }),
            circulation = detail.Circulations.Select(c => new { c.ReaderId, reader = c.ReaderName, c.SentAt, c.SentByName, c.ReadAt, c.Remark }),
            history = detail.Steps.Select(s => new { s.Step, name = IncomingSteps.NameOf(s.Step), s.At, by = s.ByName, s.Text }),
            actions = detail.Actions.Codes(),
        };
    }
}

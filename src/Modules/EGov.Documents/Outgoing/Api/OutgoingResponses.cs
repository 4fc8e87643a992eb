using EGov.Documents.Domain;
using EGov.Documents.Incoming;
using EGov.Documents.Outgoing.Reading;

namespace EGov.Documents.Outgoing.Api;

/// <summary>The JSON of the 发文 API: codes and Chinese names side by side, dates in ISO 8601, instants in UTC.</summary>
internal static class OutgoingResponses
{
    public static object Row(OutgoingRow r) => new
    {
        r.Id,
        r.Title,
        type = EnumCodes.Code(r.Type),
        typeName = DocumentNames.Of(r.Type),
        state = OutgoingNames.Code(r.State),
        stateName = OutgoingNames.Of(r.State),
        r.DocumentNumber,
        urgency = EnumCodes.Code(r.Urgency),
        r.DrafterName,
        r.UpdatedAt,
    };

    public static object Detail(OutgoingDetail x)
    {
        var d = x.Document;
        return new
        {
            d.Id,
            d.Version,
            state = OutgoingNames.Code(d.State),
            stateName = OutgoingNames.Of(d.State),
            d.TemplateId,
            templateName = x.TemplateName,
            type = EnumCodes.Code(d.Type),
            typeName = DocumentNames.Of(d.Type),
            direction = EnumCodes.Code(d.Direction),
            directionName = DocumentNames.Of(d.Direction),
            d.CopyNumber,
            secrecy = EnumCodes.Code(d.Secrecy),
            secrecyMark = LayoutMapper.SecrecyMark(d.Secrecy, d.SecrecyYears),
            d.SecrecyYears,
            urgency = EnumCodes.Code(d.Urgency),
            format = EnumCodes.Code(d.Format),
            d.AgencyMark,
            d.AgencyCode,
            d.DocumentNumber,
            d.Signer,
            d.Title,
            d.MainRecipients,
            d.MainRecipientIds,
            d.CopyRecipients,
            d.CopyRecipientIds,
            d.Body,
            d.SignatureAgency,
            d.WrittenOn,
            d.Remarks,
            d.PrintingAgency,
            d.PrintedOn,
            retention = d.Retention is { } r ? DocumentNames.Of(r) : null,
            publicity = EnumCodes.Code(d.Publicity),
            publicityName = DocumentNames.Of(d.Publicity),
            d.PortalUrl,
            d.PublishedAt,
            d.DrafterName,
            departmentName = x.DepartmentName,
            d.DepartmentId,
            attachments = d.Attachments.OrderBy(a => a.Order).Select(a => new { a.AttachmentId, a.Name, url = $"/api/v1/attachments/{a.AttachmentId}" }),
            opinions = x.Opinions.Select(o => new
            {
                step = OutgoingNames.Code(o.Step),
                stepName = OutgoingNames.Of(o.Step),
                decision = OutgoingNames.Code(o.Decision),
                decisionName = OutgoingNames.Of(o.Decision),
                o.Text,
                o.PersonName,
                o.DepartmentName,
                o.At,
            }),
            countersigns = x.Countersigns.Select(c => new { c.DepartmentId, c.DepartmentName, c.Agreed, c.AnsweredAt }),
            distributions = x.Distributions.Select(s => new
            {
                s.DepartmentId,
                s.Name,
                kind = s.IsCopy ? "copy" : "main",
                s.At,
                receipt = x.ReceiptOf(s) is { } r
                    ? new { state = IncomingNames.Code(r.State), stateName = IncomingNames.Of(r.State), r.ReceivedAt, r.ReturnReason, r.ReturnedAt, r.Conclusion, r.ConcludedAt }
                    : null,
            }),
            rules = x.Findings.Select(f => new { f.Code, f.Field, f.Message, f.Article, severity = f.IsError ? "error" : "warning" }),
            mayEdit = x.MayEdit,
            step = x.Step is { } s ? OutgoingNames.Code(s) : null,
        };
    }
}

using System.Security.Claims;
using EGov.Documents.Contracts;
using EGov.Documents.Domain;
using EGov.Platform.Identity;
using EGov.Platform.Results;

namespace EGov.Documents.Outgoing.Handling;

/// <summary>拟稿: a new draft on an agency's template, and changes while it is with the drafter (草稿 or 退回).</summary>
internal sealed class DraftHandler(DocumentUnit unit, DraftParser parser, DraftAttachments attachments)
{
    public async Task<Result<Guid>> CreateAsync(DraftInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!user.HasPermission(DocumentsPermissions.Draft) || user.AccountId() is not { } userId || user.DepartmentId() is not { } department)
        {
            return OutgoingErrors.NotYours;
        }

        var values = await parser.ParseAsync(input, user, cancellationToken);
        if (!values.IsSuccess)
        {
            return values.Error!;
        }

        var document = new OfficialDocument
        {
            Id = Guid.NewGuid(),
            DepartmentId = department,
            DrafterId = userId,
            DrafterName = DocumentUnit.NameOf(user),
            State = DocumentState.Draft,
            CreatedAt = unit.Now,
        };
        Apply(document, values.Value);
        var attached = await attachments.SyncAsync(document, values.Value.Attachments, userId, cancellationToken);
        if (!attached.IsSuccess)
        {
            return attached.Error!;
        }

        unit.Db.Add(document);
        unit.Audit(document, "drafted", user);
        var saved = await unit.SaveAsync(document, cancellationToken);
        return saved.IsSuccess ? document.Id : saved.Error!;
    }

    public async Task<Result> UpdateAsync(Guid id, DraftInput input, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var loaded = await unit.LoadAsync(id, version, FlowAction.Edit, "修改", cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var document = loaded.Value;
        if (document.DrafterId != user.AccountId() || !user.HasPermission(DocumentsPermissions.Draft))
        {
            return OutgoingErrors.NotDrafter;
        }

        var values = await parser.ParseAsync(input, user, cancellationToken);
        if (!values.IsSuccess)
        {
            return values.Error!;
        }

        Apply(document, values.Value);
        var attached = await attachments.SyncAsync(document, values.Value.Attachments, document.DrafterId, cancellationToken);
        if (!attached.IsSuccess)
        {
            return attached.Error!;
        }

        unit.Audit(document, "edited", user);
        return await unit.SaveAsync(document, cancellationToken);
    }

    /// <summary>Writes the values and what the template fixes (格式, 标志, 代字, 署名, 印发机关) onto the document.</summary>
    public static void Apply(OfficialDocument d, DraftValues v)
    {
        var t = v.Template;
        (d.TemplateId, d.AgencyId, d.DispatchDepartmentId, d.AgencyMark, d.AgencyCode, d.SignatureAgency, d.PrintingAgency) =
            (t.Id, t.AgencyId, t.PrintingDepartmentId, t.AgencyMark, t.AgencyCode, t.SignatureAgency, t.PrintingAgency);
        d.Format = t.Format;
        (d.Type, d.Direction, d.Secrecy, d.SecrecyYears, d.CopyNumber, d.Urgency) = (v.Type, v.Direction, v.Secrecy, v.SecrecyYears, v.CopyNumber, v.Urgency);
        (d.Title, d.MainRecipients, d.MainRecipientIds, d.CopyRecipients, d.CopyRecipientIds) =
            (v.Title, v.MainRecipients, [.. v.MainRecipientIds], v.CopyRecipients, [.. v.CopyRecipientIds]);
        (d.Body, d.Remarks, d.WrittenOn, d.Publicity) = (v.Body, v.Remarks, v.WrittenOn, v.Publicity);
    }
}

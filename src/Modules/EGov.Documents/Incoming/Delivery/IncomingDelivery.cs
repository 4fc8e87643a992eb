using EGov.Documents.Contracts;
using EGov.Documents.Domain.Incoming;
using EGov.Platform.Attachments;
using EGov.Platform.Organization;
using EGov.Platform.Results;

namespace EGov.Documents.Incoming.Delivery;

/// <summary>
/// The entry point of 收文: a delivered document becomes a 收文 of the recipient unit, waiting for its 文书 to sign for
/// it. Everything joins the caller's unit of work; the caller saves.
/// </summary>
internal sealed class IncomingDelivery(IncomingUnit unit, IncomingInbox inbox, IAttachmentStore attachments, IOrganizationDirectory organization)
{
    public const int TitleMaxLength = 300;

    public async Task<Result<Guid>> DeliverAsync(IncomingSource source, CancellationToken cancellationToken)
    {
        var accepted = await AcceptAsync(source, cancellationToken);
        if (!accepted.IsSuccess)
        {
            return accepted.Error!;
        }

        var document = accepted.Value;
        inbox.ForUnit(document, IncomingInbox.ReceiveKind, "待签收", document.DepartmentId, DocumentsPermissions.Receive);
        return document.Id;
    }

    /// <summary>The new 收文 in the unit of work, without its 待签收 to-do (a paper document is signed for at once).</summary>
    public async Task<Result<IncomingDocument>> AcceptAsync(IncomingSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var checkedSource = Check(source);
        if (checkedSource is { } error)
        {
            return error;
        }

        if (await organization.FindAsync(source.RecipientDepartmentId, cancellationToken) is not { IsActive: true })
        {
            return IncomingErrors.UnknownDepartment("RecipientDepartment");
        }

        var document = new IncomingDocument
        {
            DepartmentId = source.RecipientDepartmentId,
            RecipientRole = source.RecipientRole,
            Channel = source.Channel,
            SenderAgency = source.SenderAgency.Trim(),
            SenderDepartmentId = source.SenderDepartmentId,
            SourceReference = source.SourceReference,
            DocumentNumber = source.DocumentNumber.Trim(),
            Title = source.Title.Trim(),
            Type = source.Type,
            Urgency = source.Urgency,
            Secrecy = source.Secrecy,
            WrittenOn = source.WrittenOn,
            SentAt = source.SentAt,
            Copies = source.Copies,
            AttachmentId = source.AttachmentId,
            State = IncomingState.Delivered,
            DeliveredAt = unit.Now,
            Version = 1,
        };
        if (source.Pdf is { Length: > 0 } pdf)
        {
            using var stream = new MemoryStream(pdf, writable: false);
            var stored = await attachments.SaveAsync(stream, source.PdfFileName, "application/pdf",
                new AttachmentOwner(IncomingInbox.Module, IncomingUnit.CaseId(document)), cancellationToken);
            if (!stored.IsSuccess)
            {
                return stored.Error!;
            }

            document.AttachmentId = stored.Value.Id;
        }

        unit.Db.Add(document);
        unit.Record(document, IncomingSteps.Delivered, null, $"{IncomingNames.Of(source.Channel)}，{IncomingNames.Of(source.RecipientRole)}，来文单位：{document.SenderAgency}", source.SenderDepartmentId);
        return document;
    }

    private static Error? Check(IncomingSource source)
    {
        if (IncomingUnit.Trimmed(source.SenderAgency) is not { } agency)
        {
            return IncomingErrors.Required("SenderAgency", "来文单位");
        }

        if (IncomingUnit.Trimmed(source.Title) is not { } title)
        {
            return IncomingErrors.Required("Title", "标题");
        }

        if (IncomingUnit.Trimmed(source.DocumentNumber) is not { } number)
        {
            return IncomingErrors.Required("DocumentNumber", "发文字号");
        }

        return (agency.Length, title.Length, number.Length, source.Copies) switch
        {
            ( > 200, _, _, _) => IncomingErrors.TooLong("SenderAgency", "来文单位", 200),
            (_, > TitleMaxLength, _, _) => IncomingErrors.TooLong("Title", "标题", TitleMaxLength),
            (_, _, > 100, _) => IncomingErrors.TooLong("DocumentNumber", "发文字号", 100),
            (_, _, _, < 1 or > 9999) => IncomingErrors.Invalid("Copies", "份数应为 1 至 9999。"),
            _ => Enum.IsDefined(source.Type) && Enum.IsDefined(source.Urgency) && Enum.IsDefined(source.Secrecy) ? null : IncomingErrors.Invalid("Type", "文种、紧急程度或密级无效。"),
        };
    }
}

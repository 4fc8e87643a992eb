using System.Security.Claims;
using EGov.Documents.Contracts;
using EGov.Documents.Domain;
using EGov.Documents.Domain.Incoming;
using EGov.Documents.Incoming.Delivery;
using EGov.Platform.Identity;
using EGov.Platform.Results;

namespace EGov.Documents.Incoming.Steps;

/// <summary>A paper document as the 文书 enters it (纸质收文), with an optional scanned PDF.</summary>
internal sealed record PaperDocument(
    string? SenderAgency, string? DocumentNumber, string? Title, DocumentType Type, Urgency Urgency, Secrecy Secrecy, DateOnly? WrittenOn,
    RecipientRole RecipientRole, int Copies, byte[]? Scan, string? ScanFileName);

/// <summary>
/// 纸质收文: the 文书 registers a document that arrived on paper for their own unit; it is signed for at once (the
/// 文书 has it in hand), and counts against the paperless share in the statistics.
/// </summary>
internal sealed class PaperRegistrationHandler(IncomingUnit unit, IncomingDelivery delivery, IncomingInbox inbox, ReceiveHandler receive)
{
    public async Task<Result<Guid>> RegisterAsync(PaperDocument paper, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paper);
        if (user.DepartmentId() is not { } department || !await unit.Access.MayAsync(DocumentsPermissions.Receive, department, cancellationToken))
        {
            return IncomingErrors.NotYours;
        }

        if (paper.WrittenOn is { } written && written > unit.Today)
        {
            return IncomingErrors.Invalid("WrittenOn", "成文日期不能晚于今天。");
        }

        var source = new IncomingSource(
            paper.SenderAgency ?? "", paper.DocumentNumber ?? "", paper.Title ?? "", paper.Type, paper.Urgency, paper.Secrecy, paper.WrittenOn,
            unit.Now, department, paper.RecipientRole, IncomingChannel.Paper)
        { Copies = paper.Copies, Pdf = paper.Scan, PdfFileName = paper.ScanFileName ?? "扫描件.pdf" };
        var delivered = await delivery.AcceptAsync(source, cancellationToken);
        if (!delivered.IsSuccess)
        {
            unit.Db.ChangeTracker.Clear();
            return delivered.Error!;
        }

        var document = delivered.Value;
        receive.Receive(document, user);
        inbox.ForUnit(document, IncomingInbox.RegisterKind, "待登记", document.DepartmentId, DocumentsPermissions.Receive);
        unit.Record(document, IncomingSteps.Received, user, $"纸质来文，签收时间：{IncomingDisplay.Time(document.ReceivedAt)}，{document.Copies} 份");
        var saved = await unit.SaveAsync(document, cancellationToken);
        return saved.IsSuccess ? document.Id : saved.Error!;
    }
}

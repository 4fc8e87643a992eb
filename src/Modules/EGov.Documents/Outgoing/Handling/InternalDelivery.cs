using EGov.Documents.Domain;
using EGov.Documents.Domain.Incoming;
using EGov.Documents.Incoming.Delivery;
using EGov.Platform.Results;

namespace EGov.Documents.Outgoing.Handling;

/// <summary>
/// 电子交换 inside the platform: each internal recipient of a distributed document receives the sealed PDF in its
/// 收文, waiting to be signed for (条例 Art. 24(一)); external recipients are reached by 交换包.
/// </summary>
internal sealed class InternalDelivery(IncomingDelivery delivery)
{
    public async Task<Result> DeliverAsync(OfficialDocument document, IReadOnlyList<Distribution> sent, DateTime now, CancellationToken cancellationToken)
    {
        foreach (var recipient in sent.Where(s => s.DepartmentId is not null))
        {
            var source = new IncomingSource(
                document.SignatureAgency, document.DocumentNumber ?? "", document.Title, document.Type, document.Urgency, document.Secrecy,
                document.WrittenOn ?? document.SignedOffOn, now, recipient.DepartmentId!.Value,
                recipient.IsCopy ? RecipientRole.Copy : RecipientRole.Main, IncomingChannel.Electronic)
            {
                SenderDepartmentId = document.AgencyId,
                SourceReference = document.Id.ToString(),
                AttachmentId = document.SealedPdfId,
                PdfFileName = DocumentSealing.FileName(document),
            };
            var delivered = await delivery.DeliverAsync(source, cancellationToken);
            if (!delivered.IsSuccess)
            {
                return delivered.Error!;
            }
        }

        return Result.Success();
    }
}

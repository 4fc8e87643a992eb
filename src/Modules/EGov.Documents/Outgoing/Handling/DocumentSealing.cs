using EGov.Documents.Domain;
using EGov.Documents.Layout;
using EGov.Platform.Attachments;
using EGov.Platform.Results;
using EGov.Security.Contracts;

namespace EGov.Documents.Outgoing.Handling;

/// <summary>
/// 用印: lays the numbered document out as GB/T 9704 prescribes, applies the agency's e-seal over the 署名 and 成文日期,
/// and keeps the sealed PDF in the attachment store (in the caller's unit of work) for the recipients.
/// </summary>
internal sealed class DocumentSealing(DocumentRenderer renderer, IESeals seals, IAttachmentStore attachments)
{
    public async Task<Result<SealedPdf>> SealAsync(OfficialDocument document, CancellationToken cancellationToken)
    {
        if (await seals.FindForAgencyAsync(document.AgencyId, cancellationToken) is not { } seal)
        {
            return OutgoingErrors.NoSeal(document.SignatureAgency);
        }

        var rendered = renderer.Render(LayoutMapper.Map(document));
        if (!rendered.IsSuccess)
        {
            return rendered.Error!;
        }

        var request = new SealRequest(seal.Id, rendered.Value.Pdf, rendered.Value.Seal, document.DocumentNumber ?? "", document.Title);
        var sealedPdf = await seals.SealAsync(request, cancellationToken);
        if (!sealedPdf.IsSuccess)
        {
            return sealedPdf.Error!;
        }

        using var stream = new MemoryStream(sealedPdf.Value.Pdf, writable: false);
        var stored = await attachments.SaveAsync(stream, FileName(document), "application/pdf", new AttachmentOwner(OutgoingInbox.Module, document.Id.ToString()), cancellationToken);
        if (!stored.IsSuccess)
        {
            return stored.Error!;
        }

        (document.SealedPdfId, document.SealedSm3, document.SealedAt) = (stored.Value.Id, sealedPdf.Value.Sm3, sealedPdf.Value.SealedAt);
        return sealedPdf.Value;
    }

    public static string FileName(OfficialDocument document) => $"{document.DocumentNumber} {document.Title}.pdf";
}

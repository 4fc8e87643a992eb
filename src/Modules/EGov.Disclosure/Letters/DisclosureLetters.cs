using EGov.Disclosure.Domain.Requests;
using EGov.Platform.Attachments;
using EGov.Platform.Data;
using EGov.Platform.Pdf;
using EGov.Platform.Results;

namespace EGov.Disclosure.Letters;

/// <summary>Writes a request's letter as PDF, stores it as the request's attachment and adds its document.</summary>
internal sealed class DisclosureLetters(
    EGovDbContext db,
    LetterFactsReader facts,
    LetterTemplateSource templates,
    IPdfLetterWriter writer,
    IAttachmentStore attachments,
    TimeProvider time) : IDisclosureLetters
{
    public async Task<Result<RequestDocument>> GenerateAsync(DisclosureRequest request, LetterKind kind, bool visibleToApplicant, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await facts.ReadAsync(request, cancellationToken) is not { } known)
        {
            return LetterErrors.AgencyNotFound;
        }

        if (TemplateKind(kind, known) is not { } templateKind)
        {
            return LetterErrors.NoOutcome;
        }

        var (template, _) = await templates.ResolveAsync(request.AgencyId, templateKind, cancellationToken);
        var filled = LetterRenderer.Fill(template, LetterValues.Of(known));
        var pdf = writer.Write(LetterRenderer.ToPdf(filled, known.Agency.Name, known.Today));
        if (!pdf.IsSuccess)
        {
            return LetterErrors.FontMissing(pdf.Error!.Message);
        }

        var fileName = $"{request.Number}-{LetterKinds.FileName(kind)}.pdf";
        using var content = new MemoryStream(pdf.Value);
        var saved = await attachments.SaveAsync(content, fileName, "application/pdf", new AttachmentOwner("disclosure", request.Id.ToString()), cancellationToken);
        if (!saved.IsSuccess)
        {
            return LetterErrors.StoreFailed(saved.Error!.Message);
        }

        var document = new RequestDocument
        {
            RequestId = request.Id,
            AttachmentId = saved.Value.Id,
            Kind = LetterKinds.DocumentKind(kind),
            Title = filled.Title,
            VisibleToApplicant = visibleToApplicant,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.Add(document);
        return document;
    }

    /// <summary>The template for the letter: a reply follows the reply's outcome; a termination, the deemed withdrawal.</summary>
    private static LetterKindInfo? TemplateKind(LetterKind kind, LetterFacts known) => kind switch
    {
        LetterKind.Reply => (known.Reply?.Outcome ?? known.Request.Outcome) is { } outcome ? LetterKinds.Of(outcome) : null,
        LetterKind.Termination => LetterKinds.Of(TerminationOutcome(known)),
        _ => LetterKinds.Of(kind),
    };

    private static ReplyOutcome TerminationOutcome(LetterFacts known)
        => known.Request.Outcome is ReplyOutcome.OtherFeeUnpaid or ReplyOutcome.OtherNoCorrection
            ? known.Request.Outcome.Value
            : known.Fee is { PaidOn: null } ? ReplyOutcome.OtherFeeUnpaid : ReplyOutcome.OtherNoCorrection;
}

using EGov.Disclosure.Agencies;
using EGov.Platform.Pdf;
using EGov.Platform.Results;
using EGov.Platform.Time;

namespace EGov.Disclosure.Letters.Templates;

/// <summary>A template (saved, or as being edited) printed with sample data, so editors see the letter before it is used.</summary>
internal sealed class PreviewTemplateHandler(
    TemplateQueries queries,
    AgencyDirectory agencies,
    LetterFactsReader facts,
    IPdfLetterWriter writer,
    TimeProvider time)
{
    /// <param name="edited">The text being edited; null previews the text in force.</param>
    public async Task<Result<(byte[] Pdf, string FileName)>> PreviewAsync(string? agencyCode, string? kind, TemplateFields? edited, CancellationToken cancellationToken = default)
    {
        var detail = await queries.DetailAsync(agencyCode, kind, cancellationToken);
        if (!detail.IsSuccess)
        {
            return detail.Error!;
        }

        var info = LetterKinds.Find(detail.Value.Kind)!;
        var text = new LetterText(edited?.Title ?? detail.Value.Title, edited?.Body ?? detail.Value.Body);
        if (edited is not null && LetterTemplateRules.Check(info, edited.Title, edited.Body) is { IsSuccess: false } check)
        {
            return check.Error!;
        }

        var agency = await agencies.FindByCodeAsync(detail.Value.AgencyCode, cancellationToken) ?? await agencies.GovernmentAsync(cancellationToken);
        var sample = SampleLetterFacts.For(agency, facts.ReviewAuthority(agency), ChinaTime.Today(time));
        var filled = LetterRenderer.Fill(text, LetterValues.Of(sample));
        var pdf = writer.Write(LetterRenderer.ToPdf(filled, agency.Name, sample.Today));
        return pdf.IsSuccess
            ? (pdf.Value, $"预览-{info.Name}.pdf")
            : LetterErrors.FontMissing(pdf.Error!.Message);
    }
}

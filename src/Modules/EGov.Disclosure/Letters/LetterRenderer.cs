using EGov.Platform.Pdf;

namespace EGov.Disclosure.Letters;

/// <summary>Fills a template with a request's values and lays it out as a <see cref="PdfLetter"/>.</summary>
internal static class LetterRenderer
{
    public static LetterText Fill(LetterText template, IReadOnlyDictionary<string, string> values)
        => new(LetterPlaceholders.Fill(template.Title, values), LetterPlaceholders.Fill(template.Body, values));

    public static PdfLetter ToPdf(LetterText filled, string issuer, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(filled);
        var paragraphs = filled.Paragraphs;
        var salutation = paragraphs.Count > 1 && paragraphs[0].EndsWith('：') && paragraphs[0].Length <= 60 ? paragraphs[0] : null;
        return new PdfLetter(filled.Title, salutation is null ? paragraphs : [.. paragraphs.Skip(1)], issuer, date) { Salutation = salutation };
    }
}

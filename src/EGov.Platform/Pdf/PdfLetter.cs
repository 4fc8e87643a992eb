namespace EGov.Platform.Pdf;

/// <summary>
/// A letter or notice to print: a centered title, an optional salutation line, body paragraphs (first line indented two
/// characters) and a right-aligned signature block of the issuer's name and the date.
/// </summary>
/// <param name="Issuer">The agency that signs; also the document's author.</param>
public sealed record PdfLetter(string Title, IReadOnlyList<string> Paragraphs, string Issuer, DateOnly Date)
{
    /// <summary>The addressee line printed flush left before the body (e.g. <c>张三：</c>).</summary>
    public string? Salutation { get; init; }
}

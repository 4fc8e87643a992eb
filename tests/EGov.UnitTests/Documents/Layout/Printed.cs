using EGov.Documents.Layout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace EGov.UnitTests.Documents.Layout;

/// <summary>A rendered PDF read back with PdfPig, in millimetres from the page's top-left corner.</summary>
internal sealed class Printed : IDisposable
{
    public const double Pt = 25.4 / 72;
    private readonly PdfDocument _pdf;

    public Printed(byte[] pdf) => _pdf = PdfDocument.Open(pdf);

    public Printed(RenderedDocument document) : this(document.Pdf)
    {
    }

    public int Pages => _pdf.NumberOfPages;

    public Page Page(int number) => _pdf.GetPage(number);

    public IReadOnlyList<Letter> Letters(int page) => [.. Page(page).Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value))];

    /// <summary>The whole document's text, pages in order, without spaces.</summary>
    public string Text => string.Concat(_pdf.GetPages().Select(p => p.Text)).Replace(" ", "", StringComparison.Ordinal);

    public string PageText(int page) => Page(page).Text.Replace(" ", "", StringComparison.Ordinal);

    /// <summary>The page's lines of text, top down: letters sharing a baseline, left to right.</summary>
    public IReadOnlyList<IReadOnlyList<Letter>> Lines(int page) => [.. Letters(page)
        .GroupBy(l => Math.Round(l.StartBaseLine.Y))
        .OrderByDescending(g => g.Key)
        .Select(g => (IReadOnlyList<Letter>)[.. g.OrderBy(l => l.StartBaseLine.X)])];

    public double Top(int page, Letter letter) => (Page(page).Height - letter.BoundingBox.Top) * Pt;

    public double Bottom(int page, Letter letter) => (Page(page).Height - letter.BoundingBox.Bottom) * Pt;

    public static double Left(Letter letter) => letter.StartBaseLine.X * Pt;

    public static double Right(Letter letter) => letter.EndBaseLine.X * Pt;

    public static string Of(IEnumerable<Letter> letters) => string.Concat(letters.Select(l => l.Value));

    public void Dispose() => _pdf.Dispose();
}

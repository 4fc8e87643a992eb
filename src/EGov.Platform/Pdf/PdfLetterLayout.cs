using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace EGov.Platform.Pdf;

/// <summary>
/// The page geometry of GB/T 9704-2012 (党政机关公文格式) as far as a letter needs it: A4, margins 37/35/28/26 mm,
/// body in 三号 (16 pt) with 22 lines a page, title in 二号 (22 pt), page numbers in 四号 below the body.
/// </summary>
internal sealed class PdfLetterLayout(PdfDocument document, string family)
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    private static readonly double Top = XUnit.FromMillimeter(37).Point;
    private static readonly double Bottom = XUnit.FromMillimeter(35).Point;
    private static readonly double Left = XUnit.FromMillimeter(28).Point;
    private static readonly double Right = XUnit.FromMillimeter(26).Point;
    private const double LineHeight = 28.9;

    private readonly XFont _body = new(family, 16, XFontStyleEx.Regular, Unicode);
    private readonly XFont _title = new(family, 22, XFontStyleEx.Bold, Unicode);
    private readonly XFont _pageNumber = new(family, 14, XFontStyleEx.Regular, Unicode);
    private XGraphics? _graphics;
    private PdfPage? _page;
    private double _y;

    private XGraphics Graphics => _graphics ?? throw new InvalidOperationException("no page");
    private double Width => _page!.Width.Point - Left - Right;

    public void Draw(PdfLetter letter)
    {
        NewPage();
        foreach (var line in Lines(letter.Title, _title, 0))
        {
            Place(line, _title, XStringFormats.TopCenter, Left + (Width / 2));
        }

        _y += LineHeight / 2;
        if (!string.IsNullOrWhiteSpace(letter.Salutation))
        {
            foreach (var line in Lines(letter.Salutation, _body, 0))
            {
                Place(line, _body, XStringFormats.TopLeft, Left);
            }
        }

        foreach (var paragraph in letter.Paragraphs)
        {
            DrawParagraph(paragraph);
        }

        _y += LineHeight;
        var signatureRight = Left + Width - (2 * _body.Size);
        Place(letter.Issuer, _body, XStringFormats.TopRight, signatureRight);
        Place(FormatDate(letter.Date), _body, XStringFormats.TopRight, signatureRight);
        FinishPage();
    }

    public static string FormatDate(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    private void DrawParagraph(string paragraph)
    {
        var indent = 2 * _body.Size;
        var lines = Lines(paragraph, _body, indent);
        for (var i = 0; i < lines.Count; i++)
        {
            Place(lines[i], _body, XStringFormats.TopLeft, i == 0 ? Left + indent : Left);
        }
    }

    private IReadOnlyList<string> Lines(string text, XFont font, double indent)
        => CjkLineBreaker.Break(text.Trim(), Width - indent, Width, s => Graphics.MeasureString(s, font).Width);

    private void Place(string text, XFont font, XStringFormat format, double x)
    {
        if (_y + LineHeight > _page!.Height.Point - Bottom)
        {
            NewPage();
        }

        Graphics.DrawString(text, font, XBrushes.Black, x, _y, format);
        _y += font == _title ? font.Size * 1.6 : LineHeight;
    }

    private void NewPage()
    {
        FinishPage();
        _page = document.AddPage();
        _page.Size = PageSize.A4;
        _graphics = XGraphics.FromPdfPage(_page);
        _y = Top;
    }

    /// <summary>Numbers the page last, so that copied or extracted text reads in order.</summary>
    private void FinishPage()
    {
        if (_graphics is null)
        {
            return;
        }

        var number = $"— {document.PageCount.ToString(CultureInfo.InvariantCulture)} —";
        _graphics.DrawString(number, _pageNumber, XBrushes.Black, Left + (Width / 2), _page!.Height.Point - Bottom + 14, XStringFormats.TopCenter);
        _graphics.Dispose();
        _graphics = null;
    }
}

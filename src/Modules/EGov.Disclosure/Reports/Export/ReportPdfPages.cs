using System.Globalization;
using EGov.Platform.Pdf;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace EGov.Disclosure.Reports.Export;

/// <summary>Lays the report out on A4 pages: title, section headings, paragraphs and ruled tables, page numbers last.</summary>
internal sealed class ReportPdfPages(PdfDocument document, string family)
{
    private const double Margin = 57;
    private const double Top = 64;
    private const double Bottom = 64;
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    private readonly XFont _body = new(family, 11, XFontStyleEx.Regular, Unicode);
    private XGraphics? _graphics;
    private PdfPage? _page;
    private double _y;

    private XGraphics Graphics => _graphics ?? throw new InvalidOperationException("no page");

    private double Width => _page!.Width.Point - (2 * Margin);

    private double Room => _page!.Height.Point - Bottom - _y;

    public void Title(string title)
    {
        NewPage();
        Lines(title, new XFont(family, 18, XFontStyleEx.Bold, Unicode), 0, center: true, lineHeight: 28);
        _y += 12;
    }

    public void Heading(string text, double keepWith = 60)
    {
        if (Room < keepWith)
        {
            NewPage();
        }

        _y += 6;
        Lines(text, new XFont(family, 13, XFontStyleEx.Bold, Unicode), 0, center: false, lineHeight: 22);
    }

    public void Paragraph(string text) => Lines(text, _body, 22, center: false, lineHeight: 19);

    public void Grid(PdfGrid grid)
    {
        var font = new XFont(family, grid.FontSize, XFontStyleEx.Regular, Unicode);
        var bold = new XFont(family, grid.FontSize, XFontStyleEx.Bold, Unicode);
        var lineHeight = grid.FontSize * 1.35;
        var heights = new double[grid.Rows];
        foreach (var cell in grid.Cells.Where(c => c.RowSpan == 1))
        {
            var lines = Break(cell.Text, cell.Header ? bold : font, CellWidth(grid, cell) - 4).Count;
            heights[cell.Row] = Math.Max(heights[cell.Row], (lines * lineHeight) + 5);
        }

        if (Room < heights.Sum())
        {
            NewPage();
        }

        var left = Margin;
        foreach (var cell in grid.Cells)
        {
            var x = left + grid.Widths.Take(cell.Column).Sum();
            var y = _y + heights.Take(cell.Row).Sum();
            var (w, h) = (CellWidth(grid, cell), heights.Skip(cell.Row).Take(cell.RowSpan).Sum());
            Graphics.DrawRectangle(new XPen(XColors.Black, 0.5), x, y, w, h);
            var cellFont = cell.Header ? bold : font;
            var lines = Break(cell.Text, cellFont, w - 4);
            var top = y + ((h - (lines.Count * lineHeight)) / 2);
            foreach (var line in lines)
            {
                var format = cell.AlignLeft ? XStringFormats.TopLeft : XStringFormats.TopCenter;
                Graphics.DrawString(line, cellFont, XBrushes.Black, cell.AlignLeft ? x + 2 : x + (w / 2), top, format);
                top += lineHeight;
            }
        }

        _y += heights.Sum() + 8;
    }

    public void Finish() => FinishPage();

    private static double CellWidth(PdfGrid grid, PdfCell cell) => grid.Widths.Skip(cell.Column).Take(cell.ColumnSpan).Sum();

    private IReadOnlyList<string> Break(string text, XFont font, double width)
        => PdfDrawing.BreakLines(text, width, width, s => Graphics.MeasureString(s, font).Width);

    private void Lines(string text, XFont font, double indent, bool center, double lineHeight)
    {
        var lines = PdfDrawing.BreakLines(text.Trim(), Width - indent, Width, s => Graphics.MeasureString(s, font).Width);
        for (var i = 0; i < lines.Count; i++)
        {
            if (Room < lineHeight)
            {
                NewPage();
            }

            var x = center ? Margin + (Width / 2) : Margin + (i == 0 ? indent : 0);
            Graphics.DrawString(lines[i], font, XBrushes.Black, x, _y, center ? XStringFormats.TopCenter : XStringFormats.TopLeft);
            _y += lineHeight;
        }
    }

    private void NewPage()
    {
        FinishPage();
        _page = document.AddPage();
        _page.Size = PageSize.A4;
        _graphics = XGraphics.FromPdfPage(_page);
        _y = Top;
    }

    private void FinishPage()
    {
        if (_graphics is null)
        {
            return;
        }

        var number = $"— {document.PageCount.ToString(CultureInfo.InvariantCulture)} —";
        _graphics.DrawString(number, _body, XBrushes.Black, Margin + (Width / 2), _page!.Height.Point - Bottom + 20, XStringFormats.TopCenter);
        _graphics.Dispose();
        _graphics = null;
    }
}

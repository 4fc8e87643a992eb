using EGov.Approvals.Licences.Issuing;
using EGov.Platform.Pdf;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace EGov.Approvals.Licences.Pdf;

/// <summary>
/// The certificate: a double border, the title, the licence number, a ruled table of the data, and at the foot the
/// QR code of the verification page beside the issuing department and date.
/// </summary>
internal sealed class LicencePdfLayout
{
    private const double Left = 70;
    private const double LabelWidth = 150;
    private const double LineHeight = 19;
    private const double Padding = 7;
    private const double QrSize = 110;
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    private static readonly XColor Red = XColor.FromArgb(178, 34, 34);

    private readonly PdfPage _page;
    private readonly XGraphics _graphics;
    private readonly XFont _title;
    private readonly XFont _body;
    private readonly XFont _small;

    public LicencePdfLayout(PdfPage page, string family)
    {
        page.Size = PageSize.A4;
        _page = page;
        _graphics = XGraphics.FromPdfPage(page);
        _title = new XFont(family, 30, XFontStyleEx.Bold, Unicode);
        _body = new XFont(family, 13, XFontStyleEx.Regular, Unicode);
        _small = new XFont(family, 9, XFontStyleEx.Regular, Unicode);
    }

    private double Width => _page.Width.Point;
    private double Height => _page.Height.Point;
    private double TableWidth => Width - (2 * Left);

    public void Draw(LicenceDocument licence)
    {
        Borders();
        _graphics.DrawString(licence.Title, _title, new XSolidBrush(Red), Width / 2, 80, XStringFormats.TopCenter);
        _graphics.DrawString("（电子证照）", _body, XBrushes.Black, Width / 2, 125, XStringFormats.TopCenter);
        _graphics.DrawString($"证照编号：{licence.Number}", _body, XBrushes.Black, Width - Left, 160, XStringFormats.TopRight);
        var rows = new List<(string Label, string Value)>
        {
            ("持证主体", licence.HolderName),
            (licence.HolderIdentityLabel, licence.HolderIdentity),
        };
        rows.AddRange(licence.Rows.Select(r => (r.Label, r.Value)));
        rows.Add(("有效期限", Validity(licence)));
        Table(rows, 185);
        Foot(licence);
        _graphics.Dispose();
    }

    private static string Validity(LicenceDocument licence) => licence.ValidUntil is { } until
        ? $"{FormValueText.Date(licence.IssuedOn)}至{FormValueText.Date(until)}"
        : "长期";

    private void Borders()
    {
        _graphics.DrawRectangle(new XPen(Red, 3), 28, 28, Width - 56, Height - 56);
        _graphics.DrawRectangle(new XPen(Red, 0.8), 36, 36, Width - 72, Height - 72);
    }

    private void Table(List<(string Label, string Value)> rows, double top)
    {
        var pen = new XPen(XColors.Black, 0.6);
        var y = top;
        foreach (var (label, value) in rows)
        {
            var labelLines = Break(label, LabelWidth - (2 * Padding));
            var valueLines = Break(value, TableWidth - LabelWidth - (2 * Padding));
            var height = (Math.Max(labelLines.Count, valueLines.Count) * LineHeight) + (2 * Padding);
            _graphics.DrawRectangle(pen, Left, y, LabelWidth, height);
            _graphics.DrawRectangle(pen, Left + LabelWidth, y, TableWidth - LabelWidth, height);
            Lines(labelLines, Left + Padding, y + Padding);
            Lines(valueLines, Left + LabelWidth + Padding, y + Padding);
            y += height;
        }
    }

    private void Foot(LicenceDocument licence)
    {
        var qrTop = Height - 70 - QrSize - 20;
        DrawQr(LicenceQr.Matrix(licence.VerifyUrl), Left, qrTop, QrSize);
        _graphics.DrawString("扫码验证", _small, XBrushes.Black, Left + (QrSize / 2), qrTop + QrSize + 4, XStringFormats.TopCenter);
        var right = Width - Left;
        _graphics.DrawString($"发证机关：{licence.Department}", _body, XBrushes.Black, right, qrTop + 20, XStringFormats.TopRight);
        _graphics.DrawString($"发证日期：{FormValueText.Date(licence.IssuedOn)}", _body, XBrushes.Black, right, qrTop + 20 + (1.6 * LineHeight), XStringFormats.TopRight);
        var note = Break($"本证照由发证机关以 SM2 数字签名签发，验证地址：{licence.VerifyUrl}", TableWidth - QrSize - 20, _small);
        var y = qrTop + QrSize - (note.Count * 12);
        foreach (var line in note)
        {
            _graphics.DrawString(line, _small, XBrushes.Black, right, y, XStringFormats.TopRight);
            y += 12;
        }
    }

    /// <summary>Draws the dark modules, joining runs in a row into one rectangle.</summary>
    private void DrawQr(bool[,] matrix, double x, double y, double size)
    {
        var count = matrix.GetLength(0);
        var module = size / count;
        for (var row = 0; row < count; row++)
        {
            var column = 0;
            while (column < count)
            {
                if (!matrix[row, column])
                {
                    column++;
                    continue;
                }

                var start = column;
                while (column < count && matrix[row, column])
                {
                    column++;
                }

                _graphics.DrawRectangle(XBrushes.Black, x + (start * module), y + (row * module), (column - start) * module, module);
            }
        }
    }

    private void Lines(IReadOnlyList<string> lines, double x, double y)
    {
        foreach (var line in lines)
        {
            _graphics.DrawString(line, _body, XBrushes.Black, x, y, XStringFormats.TopLeft);
            y += LineHeight;
        }
    }

    private IReadOnlyList<string> Break(string text, double width, XFont? font = null)
    {
        var face = font ?? _body;
        return PdfDrawing.BreakLines(string.IsNullOrWhiteSpace(text) ? "—" : text.Trim(), width, width, s => _graphics.MeasureString(s, face).Width);
    }
}

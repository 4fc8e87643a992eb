using System.Globalization;
using EGov.Documents.Layout.Composition;
using EGov.Documents.Layout.Fonts;
using EGov.Documents.Layout.Typesetting;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace EGov.Documents.Layout;

/// <summary>
/// Draws composed pages into a PDF. Every character sits on a common baseline 0.88 em below the top of its em box (the
/// ideographic em box of CJK faces), whichever face it comes from. Page numbers (GB/T 9704 §7.5): "— 1 —" in 4号半角宋体,
/// the dashes 7 mm below the 版心, odd pages one character in from the right, even pages one character in from the left.
/// </summary>
internal sealed class PagePainter(Typesetter setter, DocumentTypefaces faces)
{
    private const double Ascent = 0.88;
    private static readonly XColor Red = XColor.FromArgb(255, 0, 0);

    public void Paint(PdfDocument document, IReadOnlyList<PageContent> pages)
    {
        var number = 0;
        for (var index = 0; index < pages.Count; index++)
        {
            var page = document.AddPage();
            page.Size = PageSize.A4;
            using var graphics = XGraphics.FromPdfPage(page);
            var left = Gbt9704.BlockLeft(index);
            foreach (var rule in pages[index].Rules)
            {
                var pen = new XPen(rule.Red ? Red : XColors.Black, rule.Thickness);
                var length = rule.Length ?? Gbt9704.BlockWidth;
                var from = left + ((Gbt9704.BlockWidth - length) / 2);
                graphics.DrawLine(pen, from, Gbt9704.Top + rule.Y, from + length, Gbt9704.Top + rule.Y);
            }

            foreach (var piece in pages[index].Texts)
            {
                Draw(graphics, piece, left, Gbt9704.Top + piece.Top);
            }

            number++;
            if (pages[index].Numbered)
            {
                DrawNumber(graphics, index, number);
            }
        }
    }

    private void Draw(XGraphics graphics, TextPiece piece, double left, double top)
    {
        var brush = piece.Red ? new XSolidBrush(Red) : XBrushes.Black;
        foreach (var glyph in piece.Glyphs)
        {
            var font = setter.Font(glyph.Face, glyph.Size);
            var baseline = top + (Ascent * glyph.Size);
            if (Math.Abs(piece.ScaleX - 1) < 0.001)
            {
                graphics.DrawString(glyph.Text, font, brush, left + glyph.X, baseline, XStringFormats.BaseLineLeft);
                continue;
            }

            var state = graphics.Save();
            graphics.TranslateTransform(left + glyph.X, baseline);
            graphics.ScaleTransform(piece.ScaleX, 1);
            graphics.DrawString(glyph.Text, font, brush, 0, 0, XStringFormats.BaseLineLeft);
            graphics.Restore(state);
        }
    }

    private void DrawNumber(XGraphics graphics, int index, int number)
    {
        const double Size = Gbt9704.SmallSize;
        var text = $"— {number.ToString(CultureInfo.InvariantCulture)} —";
        var width = setter.Width(text, faces.Song, Size);
        var x = index % 2 == 0 ? Gbt9704.BlockWidth - Size - width : Size;
        var dashes = Gbt9704.Top + Gbt9704.BlockHeight + Gbt9704.Mm(7);
        var top = dashes - (Size * DashHeight);
        Draw(graphics, new TextPiece(setter.Set(text, faces.Song, Size, x), 0), Gbt9704.BlockLeft(index), top);
    }

    /// <summary>How far below the em box's top the Song face's dash runs, as a share of the em.</summary>
    private const double DashHeight = 0.5;
}

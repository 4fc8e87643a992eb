using System.Globalization;
using EGov.Documents.Layout.Fonts;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace EGov.Documents.Layout.Typesetting;

/// <summary>
/// Measures and places characters one by one, each in the face of its style that has it. Every advance is multiplied
/// by a scale: the body grid sets 3号 characters 15.8 pt apart so that 28 fill the 156 mm line (GB/T 9704 §5.2.2).
/// </summary>
internal sealed class Typesetter : IDisposable
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    private readonly XGraphics _measure = XGraphics.CreateMeasureContext(new XSize(Gbt9704.PageWidth, Gbt9704.PageHeight), XGraphicsUnit.Point, XPageDirection.Downwards);
    private readonly Dictionary<(string Family, bool Bold, double Size), XFont> _fonts = [];
    private readonly Dictionary<(XFont Font, string Text), double> _widths = [];

    public XFont Font(Face face, double size)
    {
        var key = (face.Family, face.Bold, size);
        if (!_fonts.TryGetValue(key, out var font))
        {
            font = new XFont(face.Family, size, face.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);
            _fonts[key] = font;
        }

        return font;
    }

    /// <summary>The characters of <paramref name="text"/> from <paramref name="x"/> on, styled by their index.</summary>
    public List<Glyph> Set(string text, Func<int, Typeface> styleAt, double size, double x, double scale = 1)
    {
        var glyphs = new List<Glyph>();
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var codePoint = char.ConvertToUtf32(element, 0);
            var face = styleAt(elements.ElementIndex).FaceFor(codePoint);
            var advance = (IsFullWidth(codePoint) ? size : Natural(element, face, size)) * scale;
            glyphs.Add(new Glyph(element, face, size, x, advance));
            x += advance;
        }

        return glyphs;
    }

    public List<Glyph> Set(string text, Typeface typeface, double size, double x, double scale = 1)
        => Set(text, _ => typeface, size, x, scale);

    public double Width(string text, Typeface typeface, double size, double scale = 1)
        => Set(text, typeface, size, 0, scale).Sum(g => g.Advance);

    /// <summary>Han characters and full-width punctuation take one cell of the grid, whatever their face's metrics.</summary>
    private static bool IsFullWidth(int c) => c is (>= 0x2E80 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0xFE30 and <= 0xFE4F)
        or (>= 0xFF01 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6) or (>= 0x20000 and <= 0x3FFFF) or 0x2014 or 0x2026 or 0x2605 or (>= 0x2018 and <= 0x201D);

    private double Natural(string element, Face face, double size)
    {
        var font = Font(face, size);
        if (!_widths.TryGetValue((font, element), out var width))
        {
            width = _measure.MeasureString(element, font).Width;
            _widths[(font, element)] = width;
        }

        return width;
    }

    public void Dispose() => _measure.Dispose();
}

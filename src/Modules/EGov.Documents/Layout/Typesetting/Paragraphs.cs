using EGov.Documents.Layout.Fonts;
using EGov.Platform.Pdf;

namespace EGov.Documents.Layout.Typesetting;

/// <summary>
/// Breaks a paragraph into lines under the 避头尾 rules and places them: the first line from <c>firstX</c>, the others
/// from <c>nextX</c>, every line but the last spread to the right edge (the grid leaves room only when a line holds
/// Latin letters or digits, or gives a character to the next line for the punctuation rules).
/// </summary>
internal static class Paragraphs
{
    public static List<List<Glyph>> Set(Typesetter setter, string text, Func<int, Typeface> styleAt, ParagraphFrame frame)
    {
        double Measure(string unit) => Math.Max(
            setter.Width(unit, styleAt(0), frame.Size, frame.Scale),
            setter.Width(unit, styleAt(Math.Max(0, text.Length - 1)), frame.Size, frame.Scale));

        var lines = PdfDrawing.BreakLines(text, frame.Right - frame.FirstX, frame.Right - frame.NextX, Measure);
        var result = new List<List<Glyph>>();
        var at = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var start = lines[i].Length == 0 ? at : text.IndexOf(lines[i], at, StringComparison.Ordinal);
            at = start + lines[i].Length;
            var glyphs = setter.Set(lines[i], j => styleAt(start + j), frame.Size, i == 0 ? frame.FirstX : frame.NextX, frame.Scale);
            if (frame.Justify && i < lines.Count - 1)
            {
                Spread(glyphs, frame.Right);
            }

            result.Add(glyphs);
        }

        return result;
    }

    public static List<List<Glyph>> Set(Typesetter setter, string text, Typeface typeface, ParagraphFrame frame)
        => Set(setter, text, _ => typeface, frame);

    private static void Spread(List<Glyph> glyphs, double right)
    {
        var room = right - glyphs[^1].Right;
        if (glyphs.Count < 2 || room <= 0.01 || room > 2 * Gbt9704.CharPitch)
        {
            return;
        }

        var step = room / (glyphs.Count - 1);
        for (var i = 1; i < glyphs.Count; i++)
        {
            glyphs[i] = glyphs[i] with { X = glyphs[i].X + (i * step) };
        }
    }
}

/// <summary>Where a paragraph's lines go and at what size; <see cref="Body"/> is the 3号 grid of the 正文.</summary>
internal sealed record ParagraphFrame(double Size, double Scale, double FirstX, double NextX, double Right, bool Justify = true)
{
    public static ParagraphFrame Body(double firstX, double nextX)
        => new(Gbt9704.BodySize, Gbt9704.CharPitch / Gbt9704.BodySize, firstX, nextX, Gbt9704.BlockWidth);
}

using EGov.Documents.Layout.Fonts;
using EGov.Documents.Layout.Typesetting;

namespace EGov.Documents.Layout.Composition;

/// <summary>The red 发文机关标志 in 小标宋, centred on the 版心, its characters narrowed to fit a width and the 版心.</summary>
internal static class MarkPiece
{
    /// <param name="top">The characters' top, below the 版心's top (negative above it).</param>
    /// <param name="size">The characters' height.</param>
    /// <param name="width">The widest a character may be.</param>
    public static TextPiece Set(Typesetter setter, DocumentTypefaces faces, string mark, double top, double size, double width)
    {
        var natural = setter.Set(mark, faces.Title, size, 0);
        var squeeze = Math.Min(width, Gbt9704.BlockWidth / Math.Max(1, natural.Count)) / size;
        var left = (Gbt9704.BlockWidth - (natural.Sum(g => g.Advance) * squeeze)) / 2;
        var glyphs = natural.Select(g => g with { X = left + (g.X * squeeze), Advance = g.Advance * squeeze }).ToList();
        return new TextPiece(glyphs, top, squeeze, Red: true);
    }
}

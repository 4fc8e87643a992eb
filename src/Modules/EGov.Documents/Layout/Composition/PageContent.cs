using EGov.Documents.Layout.Typesetting;

namespace EGov.Documents.Layout.Composition;

/// <summary>What one page shows, in the order it is drawn (which is the order text is extracted in).</summary>
internal sealed class PageContent
{
    public List<TextPiece> Texts { get; } = [];

    public List<Rule> Rules { get; } = [];

    /// <summary>False for the blank page before a 版记 page and for that 版记 page (GB/T 9704 §7.5).</summary>
    public bool Numbered { get; set; } = true;
}

/// <summary>Glyphs whose em box starts <paramref name="Top"/> below the 版心's top; 标志 glyphs are narrowed by ScaleX.</summary>
internal sealed record TextPiece(IReadOnlyList<Glyph> Glyphs, double Top, double ScaleX = 1, bool Red = false);

/// <summary>
/// A rule centred on the 版心, across it unless <paramref name="Length"/> says otherwise, its centre
/// <paramref name="Y"/> below the 版心's top.
/// </summary>
internal sealed record Rule(double Y, double Thickness, bool Red = false, double? Length = null);

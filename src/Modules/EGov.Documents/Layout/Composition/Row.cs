using EGov.Documents.Layout.Typesetting;

namespace EGov.Documents.Layout.Composition;

/// <summary>One line of the 主体 on the grid; no glyphs for an empty line. <paramref name="BreakBefore"/> starts a page.</summary>
internal sealed record Row(IReadOnlyList<Glyph> Glyphs, bool BreakBefore = false)
{
    public static Row Blank { get; } = new([]);

    public bool IsBlank => Glyphs.Count == 0;

    public static IEnumerable<Row> Of(IEnumerable<List<Glyph>> lines) => lines.Select(l => new Row(l));
}

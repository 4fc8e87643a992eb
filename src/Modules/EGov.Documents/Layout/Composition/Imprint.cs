using EGov.Documents.Layout.Fonts;
using EGov.Documents.Layout.Typesetting;

namespace EGov.Documents.Layout.Composition;

/// <summary>
/// The 版记 at the foot of the last (even) page (GB/T 9704 §7.4): 4号仿宋; "抄送：…。" one character in from each side,
/// later lines aligned after the colon; 印发机关 one character in on the left and "…印发" one character in on the right;
/// thick first and last rules (0.35 mm), a thin one (0.25 mm) between, the last on the 版心's bottom edge.
/// </summary>
internal sealed class Imprint(Typesetter setter, DocumentTypefaces faces, DocumentLayout layout)
{
    private const double Size = Gbt9704.SmallSize;
    private static readonly double Thick = Gbt9704.Mm(0.35);
    private static readonly double Thin = Gbt9704.Mm(0.25);
    private readonly List<List<Glyph>> _copies = CopyLines(setter, faces, layout.CopyRecipients);

    public int Lines => _copies.Count + 1;

    public void Draw(PageContent page)
    {
        var first = Gbt9704.Lines - Lines;
        page.Rules.Add(new Rule(Gbt9704.LineTop(first), Thick));
        for (var i = 0; i < _copies.Count; i++)
        {
            page.Texts.Add(new TextPiece(_copies[i], TextTop(first + i)));
        }

        if (_copies.Count > 0)
        {
            page.Rules.Add(new Rule(Gbt9704.LineTop(Gbt9704.Lines - 1), Thin));
        }

        var printed = DocumentDates.Format(layout.PrintedOn) + "印发";
        var right = Gbt9704.BlockWidth - Size - setter.Width(printed, faces.FangSong, Size);
        var glyphs = setter.Set(layout.PrintingAgency.Trim(), faces.FangSong, Size, Size);
        glyphs.AddRange(setter.Set(printed, faces.FangSong, Size, right));
        page.Texts.Add(new TextPiece(glyphs, TextTop(Gbt9704.Lines - 1)));
        page.Rules.Add(new Rule(Gbt9704.BlockHeight, Thick));
    }

    public static double TextTop(int line) => Gbt9704.LineTop(line) + ((Gbt9704.LinePitch - Size) / 2);

    /// <summary>"抄送：…。" one character in from each side, later lines aligned after the colon; none without recipients.</summary>
    public static List<List<Glyph>> CopyLines(Typesetter setter, DocumentTypefaces faces, string? recipients)
    {
        const string Label = "抄送：";
        var text = recipients?.Trim().TrimEnd('。', '.') ?? "";
        if (text.Length == 0)
        {
            return [];
        }

        var after = Size + setter.Width(Label, faces.FangSong, Size);
        var lines = Paragraphs.Set(setter, text + "。", faces.FangSong, new ParagraphFrame(Size, 1, after, after, Gbt9704.BlockWidth - Size));
        lines[0].InsertRange(0, setter.Set(Label, faces.FangSong, Size, Size));
        return lines;
    }
}

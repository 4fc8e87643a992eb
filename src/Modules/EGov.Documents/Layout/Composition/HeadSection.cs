using EGov.Documents.Layout.Fonts;
using EGov.Documents.Layout.Typesetting;

namespace EGov.Documents.Layout.Composition;

/// <summary>
/// The 版头 of page 1 (GB/T 9704 §7.2): 份号, 密级和保密期限 and 紧急程度 flush left from line 1; the red 发文机关标志
/// centred, its top 35 mm below the 版心's top; the 发文字号 two empty lines below it (with the 签发人 for an 上行文);
/// the red separator 4 mm below the number. The title starts two empty lines below the separator.
/// </summary>
internal sealed class HeadSection(Typesetter setter, DocumentTypefaces faces)
{
    /// <summary>The widest a 标志 character may be, in either format; narrower when the name is long.</summary>
    public static readonly double MarkWidth = Gbt9704.Mm(15);

    /// <summary>The 标志's characters are 18 mm high.</summary>
    private static readonly double MarkSize = Gbt9704.Mm(18);
    private static readonly double Scale = Gbt9704.CharPitch / Gbt9704.BodySize;

    /// <returns>The line the title starts on.</returns>
    public int Compose(DocumentLayout layout, PageContent page)
    {
        var line = 0;
        foreach (var (text, face) in new[] { (layout.CopyNumber, faces.FangSong), (layout.SecrecyMark, faces.Hei), (layout.UrgencyMark, faces.Hei) })
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                page.Texts.Add(new TextPiece(setter.Set(text.Trim(), face, Gbt9704.BodySize, 0, Scale), Gbt9704.LineTop(line++)));
            }
        }

        var markTop = Gbt9704.Mm(35);
        page.Texts.Add(MarkPiece.Set(setter, faces, layout.AgencyMark.Trim(), markTop, MarkSize, MarkWidth));
        var numberLine = (int)Math.Floor((markTop + MarkSize) / Gbt9704.LinePitch) + 3;
        numberLine = layout.Signers.Count > 0 ? Signers(layout, page, numberLine) : Centred(layout.DocumentNumber, page, numberLine);
        var separator = Gbt9704.LineTop(numberLine) + Gbt9704.BodySize + Gbt9704.Mm(4);
        page.Rules.Add(new Rule(separator, Gbt9704.Mm(0.5), Red: true));
        return (int)Math.Ceiling(separator / Gbt9704.LinePitch) + 2;
    }

    private int Centred(string number, PageContent page, int line)
    {
        var width = setter.Width(number, faces.FangSong, Gbt9704.BodySize, Scale);
        page.Texts.Add(new TextPiece(setter.Set(number, faces.FangSong, Gbt9704.BodySize, (Gbt9704.BlockWidth - width) / 2, Scale), Gbt9704.LineTop(line)));
        return line;
    }

    /// <summary>上行文: names two to a line, right-aligned one character in; the number flush left on the last line.</summary>
    private int Signers(DocumentLayout layout, PageContent page, int line)
    {
        const string Label = "签发人：";
        var rows = layout.Signers.Chunk(2).Select(pair => string.Join("　", pair)).ToList();
        var labelWidth = setter.Width(Label, faces.FangSong, Gbt9704.BodySize, Scale);
        var namesWidth = rows.Max(r => setter.Width(r, faces.Kai, Gbt9704.BodySize, Scale));
        var namesX = Gbt9704.BlockWidth - Gbt9704.CharPitch - namesWidth;
        var lastLine = line + rows.Count - 1;
        page.Texts.Add(new TextPiece(setter.Set(layout.DocumentNumber, faces.FangSong, Gbt9704.BodySize, Gbt9704.CharPitch, Scale), Gbt9704.LineTop(lastLine)));
        for (var i = 0; i < rows.Count; i++)
        {
            var glyphs = i == 0 ? setter.Set(Label, faces.FangSong, Gbt9704.BodySize, namesX - labelWidth, Scale) : [];
            glyphs.AddRange(setter.Set(rows[i], faces.Kai, Gbt9704.BodySize, namesX, Scale));
            page.Texts.Add(new TextPiece(glyphs, Gbt9704.LineTop(line + i)));
        }

        return lastLine;
    }
}

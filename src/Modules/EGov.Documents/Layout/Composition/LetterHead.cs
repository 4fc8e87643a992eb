using EGov.Documents.Layout.Fonts;
using EGov.Documents.Layout.Typesetting;

namespace EGov.Documents.Layout.Composition;

/// <summary>
/// The first page's head in the 信函格式 (GB/T 9704-2012 §10.1): the red 发文机关标志 (the agency's name) centred, its
/// top 30 mm below the page's top edge; a red double line, thick over thin, 4 mm below it, and one thin over thick
/// 20 mm above the page's bottom edge, both 170 mm long and centred; 份号, 密级和保密期限 and 紧急程度 flush left and the
/// 发文字号 flush right on the first line below the upper double line, 7/8 of a 3号 character's height below it; the
/// title two empty lines below the last of them. The first page shows no page number.
/// </summary>
/// <remarks>
/// The platform's spec confirms only that §10 defines a 信函格式; the positions here follow the text of §10.1 as we know
/// it. Its rule that text right above the lower double line keeps 7/8 of a character from it does not arise: the text
/// stays in the 版心, whose bottom is 13 mm above that line. "居中" is taken, as elsewhere in the standard, as centred
/// on the 版心.
/// </remarks>
internal sealed class LetterHead(Typesetter setter, DocumentTypefaces faces)
{
    /// <summary>The grid line the elements below the upper double line start on.</summary>
    public const int FirstLine = 2;

    public static readonly double LineLength = Gbt9704.Mm(170);

    // §10.1 fixes neither the lines' weights nor the 标志's size. The weights follow the 文武线 of word processors;
    // the 标志 fills the room between its top at 30 mm and the double line, so that the first line below that line
    // falls on the grid and the body keeps the 22 lines of every page.
    public static readonly double Thick = Gbt9704.Mm(1);
    public static readonly double Thin = Gbt9704.Mm(0.35);
    public static readonly double DoubleLine = Thick + Gbt9704.Mm(0.65) + Thin;

    /// <summary>Tops of the 标志 and of the two double lines, from the 版心's top (the 标志's is above it).</summary>
    public static readonly double MarkTop = Gbt9704.Mm(30) - Gbt9704.Top;
    public static readonly double UpperLine = Gbt9704.LineTop(FirstLine) - (Gbt9704.BodySize * 7 / 8) - DoubleLine;
    public static readonly double LowerLine = Gbt9704.PageHeight - Gbt9704.Mm(20) - DoubleLine - Gbt9704.Top;
    public static readonly double MarkSize = UpperLine - Gbt9704.Mm(4) - MarkTop;

    private static readonly double Scale = Gbt9704.CharPitch / Gbt9704.BodySize;

    /// <returns>The line the title starts on.</returns>
    public int Compose(DocumentLayout layout, PageContent page)
    {
        page.Numbered = false;
        page.Texts.Add(MarkPiece.Set(setter, faces, layout.AgencyMark.Trim(), MarkTop, MarkSize, HeadSection.MarkWidth));
        DoubleLines(page, UpperLine, thickAbove: true);
        DoubleLines(page, LowerLine, thickAbove: false);

        var line = FirstLine;
        foreach (var (text, face) in new[] { (layout.CopyNumber, faces.FangSong), (layout.SecrecyMark, faces.Hei), (layout.UrgencyMark, faces.Hei) })
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                page.Texts.Add(new TextPiece(setter.Set(text.Trim(), face, Gbt9704.BodySize, 0, Scale), Gbt9704.LineTop(line++)));
            }
        }

        // §10.1: "发文字号顶格居版心右边缘" — flush with the 版心's right edge, on the line of the first mark.
        var number = layout.DocumentNumber.Trim();
        var numberX = Gbt9704.BlockWidth - setter.Width(number, faces.FangSong, Gbt9704.BodySize, Scale);
        page.Texts.Add(new TextPiece(setter.Set(number, faces.FangSong, Gbt9704.BodySize, numberX, Scale), Gbt9704.LineTop(FirstLine)));

        // §10.1 has no 签发人: a letter is not an 上行文 in the 文件格式's sense, so the signers are not printed.
        return Math.Max(line, FirstLine + 1) + 2;
    }

    private static void DoubleLines(PageContent page, double top, bool thickAbove)
    {
        var (upper, lower) = thickAbove ? (Thick, Thin) : (Thin, Thick);
        page.Rules.Add(new Rule(top + (upper / 2), upper, Red: true, LineLength));
        page.Rules.Add(new Rule(top + DoubleLine - (lower / 2), lower, Red: true, LineLength));
    }
}

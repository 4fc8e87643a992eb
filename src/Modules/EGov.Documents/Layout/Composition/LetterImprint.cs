using EGov.Documents.Layout.Typesetting;

namespace EGov.Documents.Layout.Composition;

/// <summary>
/// The 版记 of the 信函格式 (GB/T 9704-2012 §10.1): the 抄送机关 only, without 印发机关和印发日期 and without rules, on the
/// last lines of the 版心 of the document's last page, or of a new page when the text reaches them. There is none when
/// nothing is copied.
/// </summary>
internal static class LetterImprint
{
    /// <param name="textEnd">The line after the last line of text on the last page.</param>
    public static void Add(List<PageContent> pages, List<List<Glyph>> copies, int textEnd)
    {
        if (copies.Count == 0)
        {
            return;
        }

        var first = Gbt9704.Lines - copies.Count;
        if (textEnd > first)
        {
            pages.Add(new PageContent());
        }

        for (var i = 0; i < copies.Count; i++)
        {
            pages[^1].Texts.Add(new TextPiece(copies[i], Imprint.TextTop(first + i)));
        }
    }
}

using EGov.Documents.Domain;
using EGov.Documents.Layout.Fonts;
using EGov.Documents.Layout.Typesetting;
using EGov.Security.Contracts;

namespace EGov.Documents.Layout.Composition;

/// <summary>A document laid out page by page, with the place of its seal.</summary>
internal sealed record ComposedDocument(IReadOnlyList<PageContent> Pages, SealPlacement Seal);

/// <summary>
/// Lays a <see cref="DocumentLayout"/> out: 版头, 主体 on the grid, 附件, then the 版记 on an even page; in the 信函格式
/// the letter's head instead of the 版头 and its 抄送 at the foot of the last page.
/// </summary>
internal sealed class DocumentComposer(Typesetter setter, DocumentTypefaces faces)
{
    public ComposedDocument Compose(DocumentLayout layout)
    {
        var first = new PageContent();
        var letter = layout.Format == PrintFormat.Letter;
        var firstLine = letter ? new LetterHead(setter, faces).Compose(layout, first) : new HeadSection(setter, faces).Compose(layout, first);
        var main = new MainRows(setter, faces);
        var rows = new List<Row>(main.Title(layout.Title)) { Row.Blank };
        rows.AddRange(main.Recipients(layout.MainRecipients));
        rows.AddRange(main.Body(layout.Body));
        if (layout.AttachmentNames.Count > 0)
        {
            rows.Add(Row.Blank);
            rows.AddRange(main.AttachmentNote(layout.AttachmentNames));
        }

        var signatureStart = rows.Count;
        var (signature, sealCentre) = new SignatureRows(setter, faces).Compose(layout);
        rows.AddRange(signature);
        rows.AddRange(new AttachmentRows(setter, faces, main).Compose(layout.Attachments));
        var places = KeepSealWithText(rows, signatureStart, firstLine);
        var pages = new List<PageContent> { first };
        var (nextLine, textEnd) = (0, 0);
        for (var i = 0; i < rows.Count; i++)
        {
            if (places[i] is not { } place)
            {
                continue;
            }

            while (pages.Count <= place.Page)
            {
                pages.Add(new PageContent());
            }

            pages[place.Page].Texts.AddRange(rows[i].IsBlank ? [] : [new TextPiece(rows[i].Glyphs, Gbt9704.LineTop(place.Line))]);
            nextLine = place.Line + 1;
            textEnd = rows[i].IsBlank ? textEnd : nextLine;
        }

        if (letter)
        {
            LetterImprint.Add(pages, Imprint.CopyLines(setter, faces, layout.CopyRecipients), textEnd);
        }
        else
        {
            AddImprint(pages, new Imprint(setter, faces, layout), nextLine);
        }

        var name = places[signatureStart + SignatureRows.NameRow]!.Value;
        var size = SignatureRows.SealSize;
        var seal = new SealPlacement(
            name.Page,
            Gbt9704.BlockLeft(name.Page) + sealCentre - (size / 2),
            Gbt9704.Top + Gbt9704.LineTop(name.Line) - (size / 2),
            size,
            size);
        return new ComposedDocument(pages, seal);
    }

    /// <summary>
    /// GB/T 9704 §7.3.5.1 wants the seal on the same page as text: when 署名 and date would open a page, the last two
    /// lines of text go over with them.
    /// </summary>
    private static (int Page, int Line)?[] KeepSealWithText(List<Row> rows, int signatureStart, int firstLine)
    {
        var places = Pagination.Place(rows, firstLine);
        var text = Enumerable.Range(0, signatureStart).Where(i => !rows[i].IsBlank).ToList();
        var lastKept = Enumerable.Range(signatureStart, SignatureRows.Count).Last(i => !rows[i].IsBlank);
        if (places[lastKept]!.Value.Page == places[text[^1]]!.Value.Page)
        {
            return places;
        }

        var pull = text[Math.Max(0, text.Count - 2)];
        rows[pull] = rows[pull] with { BreakBefore = true };
        return Pagination.Place(rows, firstLine);
    }

    /// <summary>
    /// The 版记 goes at the foot of an even page: the last one if it has room, else the next; when that leaves an odd
    /// page empty in between, neither it nor the 版记 page is numbered (GB/T 9704 §7.5).
    /// </summary>
    private static void AddImprint(List<PageContent> pages, Imprint imprint, int nextLine)
    {
        if (pages.Count % 2 == 0 && nextLine <= Gbt9704.Lines - imprint.Lines)
        {
            imprint.Draw(pages[^1]);
            return;
        }

        var blank = pages.Count % 2 == 0;
        if (blank)
        {
            pages.Add(new PageContent { Numbered = false });
        }

        var page = new PageContent { Numbered = !blank };
        pages.Add(page);
        imprint.Draw(page);
    }
}

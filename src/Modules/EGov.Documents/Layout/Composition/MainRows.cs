using EGov.Documents.Layout.Fonts;
using EGov.Documents.Layout.Typesetting;

namespace EGov.Documents.Layout.Composition;

/// <summary>
/// The 主体's text on the grid (GB/T 9704 §7.3): the 标题 in 2号 小标宋, centred; 主送机关 flush left one line below,
/// ending with "："; the 正文's paragraphs two characters in, headings in their level's style; the 附件说明 one line
/// below, two characters in, later names aligned under the first.
/// </summary>
internal sealed class MainRows(Typesetter setter, DocumentTypefaces faces)
{
    private static readonly double Two = 2 * Gbt9704.CharPitch;

    public List<Row> Title(string title)
    {
        var width = Gbt9704.BlockWidth - (2 * Gbt9704.TitleSize);
        double Measure(string s) => setter.Width(s, faces.Title, Gbt9704.TitleSize);
        return TitleLines.Break(title.Trim(), width, Gbt9704.TitleSize / 2, Measure)
            .Select(line => new Row(setter.Set(line, faces.Title, Gbt9704.TitleSize, (Gbt9704.BlockWidth - Measure(line)) / 2)))
            .ToList();
    }

    public IEnumerable<Row> Recipients(string recipients)
    {
        var text = recipients.Trim().TrimEnd('：', ':');
        return text.Length == 0 ? [] : Row.Of(Paragraphs.Set(setter, text + "：", faces.FangSong, ParagraphFrame.Body(0, 0)));
    }

    /// <summary>Paragraphs are the text's non-empty lines.</summary>
    public IEnumerable<Row> Body(string body)
        => body.Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0).SelectMany(Paragraph);

    public List<Row> AttachmentNote(IReadOnlyList<string> names)
    {
        const string Label = "附件：";
        var rows = new List<Row>();
        var numberX = Two + setter.Width(Label, faces.FangSong, Gbt9704.BodySize, ParagraphFrame.Body(0, 0).Scale);
        for (var i = 0; i < names.Count; i++)
        {
            var prefix = names.Count == 1 ? "" : $"{i + 1}.";
            var nameX = numberX + setter.Width(prefix, faces.FangSong, Gbt9704.BodySize, ParagraphFrame.Body(0, 0).Scale);
            var lines = Paragraphs.Set(setter, prefix + names[i].Trim(), faces.FangSong, ParagraphFrame.Body(numberX, nameX));
            if (i == 0)
            {
                lines[0].InsertRange(0, setter.Set(Label, faces.FangSong, Gbt9704.BodySize, Two, ParagraphFrame.Body(0, 0).Scale));
            }

            rows.AddRange(Row.Of(lines));
        }

        return rows;
    }

    private IEnumerable<Row> Paragraph(string paragraph)
    {
        var heading = Headings.Level(paragraph) switch
        {
            1 => faces.Hei,
            2 => faces.Kai,
            _ => faces.FangSong,
        };
        var length = Headings.Length(paragraph);
        return Row.Of(Paragraphs.Set(setter, paragraph, i => i < length ? heading : faces.FangSong, ParagraphFrame.Body(Two, 0)));
    }
}

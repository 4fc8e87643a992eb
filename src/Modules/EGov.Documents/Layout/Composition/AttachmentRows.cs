using EGov.Documents.Layout.Fonts;
using EGov.Documents.Layout.Typesetting;

namespace EGov.Documents.Layout.Composition;

/// <summary>
/// 附件 (GB/T 9704 §8): each on a new page after the 正文, "附件" and its number in 3号黑体 at the top left, its title
/// centred on the third line, then its text laid out as the 正文.
/// </summary>
internal sealed class AttachmentRows(Typesetter setter, DocumentTypefaces faces, MainRows main)
{
    public IEnumerable<Row> Compose(IReadOnlyList<LayoutAttachment> attachments)
    {
        for (var i = 0; i < attachments.Count; i++)
        {
            var label = attachments.Count == 1 ? "附件" : $"附件{i + 1}";
            yield return new Row(setter.Set(label, faces.Hei, Gbt9704.BodySize, 0, Gbt9704.CharPitch / Gbt9704.BodySize), BreakBefore: true);
            yield return Row.Blank;
            foreach (var row in main.Title(attachments[i].Name))
            {
                yield return row;
            }

            yield return Row.Blank;
            foreach (var row in main.Body(attachments[i].Text))
            {
                yield return row;
            }
        }
    }
}

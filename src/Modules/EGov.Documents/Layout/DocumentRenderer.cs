using EGov.Documents.Layout.Composition;
using EGov.Documents.Layout.Fonts;
using EGov.Documents.Layout.Typesetting;
using EGov.Platform.Results;
using EGov.Platform.Time;
using PdfSharp.Pdf;

namespace EGov.Documents.Layout;

/// <summary>
/// Renders a 公文 as PDF in the format of GB/T 9704-2012 (党政机关公文格式), with the faces of its styles embedded (text
/// stays searchable), and tells where the seal goes.
/// </summary>
internal sealed class DocumentRenderer(DocumentFonts fonts, TimeProvider time)
{
    public Result<RenderedDocument> Render(DocumentLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var typefaces = fonts.Typefaces;
        if (!typefaces.IsSuccess)
        {
            return typefaces.Error!;
        }

        using var setter = new Typesetter();
        var composed = new DocumentComposer(setter, typefaces.Value).Compose(layout);
        using var document = new PdfDocument();
        document.Info.Title = layout.Title;
        document.Info.Author = layout.SignatureAgency;
        document.Info.Subject = layout.DocumentNumber;
        document.Info.CreationDate = ChinaTime.ToLocal(time.GetUtcNow().UtcDateTime);
        new PagePainter(setter, typefaces.Value).Paint(document, composed.Pages);
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return new RenderedDocument(stream.ToArray(), composed.Seal, composed.Pages.Count);
    }
}

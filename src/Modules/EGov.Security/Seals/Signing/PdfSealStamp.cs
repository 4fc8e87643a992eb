using EGov.Platform.Results;
using EGov.Security.Contracts;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace EGov.Security.Seals.Signing;

/// <summary>
/// The first half of sealing, with PDFsharp: the seal's picture drawn on the page, and a signature field whose
/// dictionary holds placeholders for /ByteRange and /Contents; the file is then written out once. The second half
/// (<see cref="PdfSignatureHole"/>) fills the placeholders in those bytes.
/// </summary>
internal static class PdfSealStamp
{
    public static Result<byte[]> Stamp(byte[] pdf, byte[] picture, SealPlacement placement, int contentsBytes, string sealName, DateTime sealedAt)
    {
        PdfDocument document;
        try
        {
            document = PdfReader.Open(new MemoryStream(pdf, writable: false), PdfDocumentOpenMode.Modify);
        }
        catch (Exception e) when (e is InvalidOperationException or PdfReaderException or IOException or ArgumentException or FormatException)
        {
            return SealErrors.PdfInvalid;
        }

        using (document)
        {
            if (placement.PageIndex < 0 || placement.PageIndex >= document.PageCount || placement.Width <= 0 || placement.Height <= 0)
            {
                return SealErrors.PlacementInvalid;
            }

            var page = document.Pages[placement.PageIndex];
            using (var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append))
            using (var image = XImage.FromStream(new MemoryStream(picture, writable: false)))
            {
                gfx.DrawImage(image, placement.X, placement.Y, placement.Width, placement.Height);
            }

            AddSignatureField(document, page, placement, contentsBytes, sealName, sealedAt);
            using var output = new MemoryStream();
            document.Save(output, false);
            return output.ToArray();
        }
    }

    private static void AddSignatureField(PdfDocument document, PdfPage page, SealPlacement placement, int contentsBytes, string sealName, DateTime sealedAt)
    {
        var signature = new PdfDictionary(document);
        signature.Elements["/Type"] = new PdfName("/Sig");
        signature.Elements["/Filter"] = new PdfName(PdfSignatureFields.Filter);
        signature.Elements["/SubFilter"] = new PdfName(PdfSignatureFields.SubFilter);
        signature.Elements["/Name"] = new PdfString(sealName, PdfStringEncoding.Unicode);
        signature.Elements["/Reason"] = new PdfString("用印", PdfStringEncoding.Unicode);
        signature.Elements["/M"] = new PdfDate(DateTime.SpecifyKind(sealedAt, DateTimeKind.Utc));
        signature.Elements["/ByteRange"] = new PdfLiteral(PdfSignatureFields.ByteRangePlaceholder);
        signature.Elements["/Contents"] = new PdfLiteral(PdfSignatureFields.ContentsPlaceholder(contentsBytes));
        document.Internals.AddObject(signature);

        // The widget covers the seal's picture (PDF user space has its origin at the bottom left).
        var height = page.Height.Point;
        var widget = new PdfDictionary(document);
        widget.Elements["/Type"] = new PdfName("/Annot");
        widget.Elements["/Subtype"] = new PdfName("/Widget");
        widget.Elements["/FT"] = new PdfName("/Sig");
        widget.Elements["/T"] = new PdfString("ESeal" + Guid.NewGuid().ToString("N")[..8]);
        widget.Elements["/F"] = new PdfInteger(132); // print + locked
        widget.Elements["/Rect"] = new PdfRectangle(new XRect(placement.X, height - placement.Y - placement.Height, placement.Width, placement.Height));
        widget.Elements["/V"] = signature.Reference!;
        widget.Elements["/P"] = page.Reference!;
        document.Internals.AddObject(widget);

        var annotations = page.Elements.GetArray("/Annots");
        if (annotations is null)
        {
            annotations = new PdfArray(document);
            page.Elements["/Annots"] = annotations;
        }

        annotations.Elements.Add(widget.Reference!);
        var catalog = document.Internals.Catalog;
        var form = catalog.Elements.GetDictionary("/AcroForm");
        if (form is null)
        {
            form = new PdfDictionary(document);
            document.Internals.AddObject(form);
            catalog.Elements["/AcroForm"] = form.Reference!;
        }

        var fields = form.Elements.GetArray("/Fields");
        if (fields is null)
        {
            fields = new PdfArray(document);
            form.Elements["/Fields"] = fields;
        }

        fields.Elements.Add(widget.Reference!);
        form.Elements["/SigFlags"] = new PdfInteger(3); // signatures exist, append only
    }
}

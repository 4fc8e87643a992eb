using EGov.Platform.Pdf;
using EGov.Platform.Results;
using EGov.Platform.Time;
using PdfSharp.Pdf;

namespace EGov.Approvals.Licences.Pdf;

/// <summary>Renders a licence as a one-page A4 certificate with the Chinese font embedded, so its text stays searchable.</summary>
internal sealed class LicencePdf(PdfDrawing drawing, TimeProvider time)
{
    public const string ContentType = "application/pdf";

    public Result<byte[]> Create(LicenceDocument licence)
    {
        ArgumentNullException.ThrowIfNull(licence);
        var family = drawing.SongFamily();
        if (!family.IsSuccess)
        {
            return family.Error!;
        }

        using var document = new PdfDocument();
        document.Info.Title = $"{licence.Title}（{licence.Number}）";
        document.Info.Author = licence.Department;
        document.Info.Subject = "电子证照";
        document.Info.CreationDate = ChinaTime.ToLocal(time.GetUtcNow().UtcDateTime);
        new LicencePdfLayout(document.AddPage(), family.Value).Draw(licence);
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }
}

using EGov.Platform.Results;
using EGov.Platform.Time;
using Microsoft.Extensions.Options;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace EGov.Platform.Pdf;

/// <summary>Lays a <see cref="PdfLetter"/> out on A4 pages in the Song face, embedded with its Unicode map.</summary>
internal sealed class PdfLetterWriter(IOptions<PdfOptions> options, TimeProvider time) : IPdfLetterWriter
{
    private readonly Lazy<string?> _fontFile = new(() => PdfFonts.FindSong(options.Value.EffectiveFontDirectories));

    public bool HasFont => _fontFile.Value is not null;

    public Result<byte[]> Write(PdfLetter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        if (_fontFile.Value is not { } fontFile)
        {
            return PdfErrors.FontMissing;
        }

        var family = PdfFontResolver.Register(fontFile);
        using var document = new PdfDocument();
        document.Info.Title = letter.Title;
        document.Info.Author = letter.Issuer;
        document.Info.Subject = letter.Title;
        document.Info.CreationDate = ChinaTime.ToLocal(time.GetUtcNow().UtcDateTime);
        new PdfLetterLayout(document, family).Draw(letter);
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }
}

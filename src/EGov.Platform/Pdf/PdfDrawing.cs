using EGov.Platform.Results;
using Microsoft.Extensions.Options;

namespace EGov.Platform.Pdf;

/// <summary>
/// For modules that draw their own pages with PDFsharp's <c>XGraphics</c> (ruled tables, forms): the kit's Song face,
/// registered with its font resolver, and its Chinese line breaking.
/// </summary>
public sealed class PdfDrawing
{
    private readonly Lazy<string?> _fontFile;

    internal PdfDrawing(IOptions<PdfOptions> options) => _fontFile = new(() => PdfFonts.FindSong(options.Value.EffectiveFontDirectories));

    /// <summary>The family name to create an <c>XFont</c> with, or <see cref="PdfErrors.FontMissing"/>.</summary>
    public Result<string> SongFamily() => _fontFile.Value is { } file ? PdfFontResolver.Register(file) : PdfErrors.FontMissing;

    /// <summary>The Song face's font file, for drawing with other libraries (seal images), or null when it is missing.</summary>
    public string? SongFontFile => _fontFile.Value;

    /// <summary>Breaks text into lines under the 避头尾 rules (see <see cref="CjkLineBreaker"/>).</summary>
    public static IReadOnlyList<string> BreakLines(string text, double firstWidth, double width, Func<string, double> measure)
        => CjkLineBreaker.Break(text, firstWidth, width, measure);
}

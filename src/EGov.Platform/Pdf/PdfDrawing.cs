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

    private readonly IOptions<PdfOptions> _options;

    internal PdfDrawing(IOptions<PdfOptions> options)
    {
        _options = options;
        _fontFile = new(() => PdfFonts.FindSong(options.Value.EffectiveFontDirectories));
    }

    /// <summary>The family name to create an <c>XFont</c> with, or <see cref="PdfErrors.FontMissing"/>.</summary>
    public Result<string> SongFamily() => _fontFile.Value is { } file ? PdfFontResolver.Register(file) : PdfErrors.FontMissing;

    /// <summary>The Song face's font file, for drawing with other libraries (seal images), or null when it is missing.</summary>
    public string? SongFontFile => _fontFile.Value;

    /// <summary>A font file of that name in the configured font folders (<c>Pdf:FontDirectories</c>), or null.</summary>
    public string? FindFontFile(string fileName) => PdfFonts.Find(_options.Value.EffectiveFontDirectories, fileName);

    /// <summary>
    /// Registers another face with the kit's font resolver (PDFsharp has one per process) and returns the family name to
    /// create an <c>XFont</c> with. <paramref name="load"/> gives the bytes of one TrueType face; it runs once per key.
    /// </summary>
    public static string RegisterFace(string key, Func<byte[]> load) => PdfFontResolver.Register(key, load);

    /// <summary>Breaks text into lines under the 避头尾 rules (see <see cref="CjkLineBreaker"/>).</summary>
    public static IReadOnlyList<string> BreakLines(string text, double firstWidth, double width, Func<string, double> measure)
        => CjkLineBreaker.Break(text, firstWidth, width, measure);
}

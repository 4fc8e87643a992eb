using EGov.Platform.Pdf;
using EGov.Platform.Results;
using Microsoft.Extensions.Options;

namespace EGov.Documents.Layout.Fonts;

/// <summary>
/// Finds and registers the faces of the five styles once per process. Every style falls back to Song and then to the
/// 黑体 face (the largest character set) for characters its own face lacks, e.g. the simplified characters that the
/// traditional-Chinese cwTeX 仿宋 does not have.
/// </summary>
internal sealed class DocumentFonts(PdfDrawing drawing, IOptions<DocumentFontOptions> options)
{
    private readonly Lazy<Result<DocumentTypefaces>> _typefaces = new(() => Load(drawing, options.Value));

    public Result<DocumentTypefaces> Typefaces => _typefaces.Value;

    private static Result<DocumentTypefaces> Load(PdfDrawing drawing, DocumentFontOptions settings)
    {
        var styles = new (string Name, string File)[]
        {
            ("宋体", settings.Song), ("仿宋", settings.FangSong), ("楷体", settings.Kai), ("黑体", settings.Hei),
            ("小标宋", string.IsNullOrWhiteSpace(settings.XiaoBiaoSong) ? settings.Song : settings.XiaoBiaoSong),
        };
        var faces = new List<Face>();
        foreach (var (name, file) in styles)
        {
            if (drawing.FindFontFile(file) is not { } path)
            {
                return LayoutErrors.FontMissing(name, file);
            }

            faces.Add(Register(path, bold: name == "小标宋" && string.IsNullOrWhiteSpace(settings.XiaoBiaoSong)));
        }

        var (song, hei) = (faces[0], faces[3]);
        Typeface Style(string name, Face face) => new(name, [face, song, hei], punctuation: song);
        return new DocumentTypefaces(Style("仿宋", faces[1]), Style("楷体", faces[2]), new("黑体", [hei, song], punctuation: song), new("宋体", [song, hei]), new("小标宋", [faces[4], hei]));
    }

    private static Face Register(string path, bool bold)
    {
        var face = TrueTypeFace.FirstFace(File.ReadAllBytes(path));
        var family = PdfDrawing.RegisterFace(Path.GetFullPath(path), () => face);
        return new Face(family, TrueTypeFace.Coverage(face), bold);
    }
}

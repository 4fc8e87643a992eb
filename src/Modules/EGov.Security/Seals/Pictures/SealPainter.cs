using EGov.Platform.Pdf;
using SkiaSharp;

namespace EGov.Security.Seals.Pictures;

/// <summary>
/// Draws an agency's round seal as PNG: a red ring, the agency's name along the upper arc and a five-pointed star in
/// the middle, on a transparent ground. The glyphs come from the PDF kit's Song font file, so that the picture does
/// not depend on fontconfig.
/// </summary>
internal sealed class SealPainter(PdfDrawing drawing) : IDisposable
{
    public const int Pixels = 480;
    private static readonly SKColor Red = new(0xE6, 0x00, 0x12);
    private readonly Lazy<SKTypeface> _typeface = new(() => drawing.SongFontFile is { } file
        ? SKTypeface.FromFile(file) ?? SKTypeface.Default
        : SKTypeface.Default);

    public byte[] Paint(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        using var surface = SKSurface.Create(new SKImageInfo(Pixels, Pixels, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);
        using var paint = new SKPaint { IsAntialias = true, Color = Red, Style = SKPaintStyle.Stroke, StrokeWidth = Pixels * 0.035f };
        var centre = Pixels / 2f;
        canvas.DrawCircle(centre, centre, centre - (paint.StrokeWidth / 2) - 2, paint);
        paint.Style = SKPaintStyle.Fill;
        using var star = Star(centre, centre, Pixels * 0.17f);
        canvas.DrawPath(star, paint);
        DrawName(canvas, name, centre, paint);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    // The name runs clockwise over an arc of up to 240°, each character upright towards the centre.
    private void DrawName(SKCanvas canvas, string name, float centre, SKPaint paint)
    {
        var size = Math.Min(Pixels * 0.13f, Pixels * 2.2f / Math.Max(name.Length, 1));
        using var font = new SKFont(_typeface.Value, size) { Embolden = true };
        var radius = centre - (Pixels * 0.07f) - (size * 0.85f);
        var sweep = Math.Min(240f, name.Length * 24f);
        var step = name.Length > 1 ? sweep / (name.Length - 1) : 0;
        for (var i = 0; i < name.Length; i++)
        {
            var angle = -90f - (sweep / 2) + (i * step);
            canvas.Save();
            canvas.Translate(centre, centre);
            canvas.RotateDegrees(angle + 90f);
            canvas.DrawText(name[i].ToString(), 0, -radius, SKTextAlign.Center, font, paint);
            canvas.Restore();
        }
    }

    private static SKPath Star(float x, float y, float outer)
    {
        var inner = outer * 0.382f;
        using var path = new SKPathBuilder();
        for (var i = 0; i < 10; i++)
        {
            var r = i % 2 == 0 ? outer : inner;
            var a = (Math.PI / 2) + (i * Math.PI / 5);
            var point = new SKPoint(x + (float)(r * Math.Cos(a)), y - (float)(r * Math.Sin(a)));
            if (i == 0)
            {
                path.MoveTo(point);
            }
            else
            {
                path.LineTo(point);
            }
        }

        path.Close();
        return path.Detach();
    }

    public void Dispose()
    {
        if (_typeface.IsValueCreated)
        {
            _typeface.Value.Dispose();
        }
    }
}

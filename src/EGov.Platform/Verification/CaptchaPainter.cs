using System.Security.Cryptography;
using EGov.Platform.Pdf;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace EGov.Platform.Verification;

/// <summary>
/// Draws a CAPTCHA as PNG: each character rotated and shifted, with noise lines and dots. The glyphs come from the
/// font file the PDF letters use (found the same way), so the image does not depend on fontconfig.
/// </summary>
internal sealed class CaptchaPainter(IOptions<PdfOptions> options) : IDisposable
{
    public const int Width = 150;
    public const int Height = 50;

    private readonly Lazy<SKTypeface> _typeface = new(() => PdfFonts.FindSong(options.Value.EffectiveFontDirectories) is { } file
        ? SKTypeface.FromFile(file) ?? SKTypeface.Default
        : SKTypeface.Default);

    public byte[] Paint(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height));
        var canvas = surface.Canvas;
        canvas.Clear(new SKColor(0xF4, 0xF6, 0xFA));
        DrawNoise(canvas, 6, 60);
        DrawCharacters(canvas, text);
        DrawNoise(canvas, 3, 0);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private void DrawCharacters(SKCanvas canvas, string text)
    {
        using var font = new SKFont(_typeface.Value, 32) { Embolden = true };
        using var paint = new SKPaint { IsAntialias = true };
        var step = (Width - 20f) / text.Length;
        for (var i = 0; i < text.Length; i++)
        {
            paint.Color = DarkColor();
            canvas.Save();
            canvas.Translate(12 + (i * step) + Next(-3, 4), 36 + Next(-5, 6));
            canvas.RotateDegrees(Next(-28, 29));
            canvas.DrawText(text[i].ToString(), 0, 0, SKTextAlign.Left, font, paint);
            canvas.Restore();
        }
    }

    private static void DrawNoise(SKCanvas canvas, int lines, int dots)
    {
        using var paint = new SKPaint { IsAntialias = true, StrokeWidth = 1.5f, Style = SKPaintStyle.Stroke };
        for (var i = 0; i < lines; i++)
        {
            paint.Color = DarkColor().WithAlpha(150);
            canvas.DrawLine(Next(0, Width), Next(0, Height), Next(0, Width), Next(0, Height), paint);
        }

        paint.Style = SKPaintStyle.Fill;
        for (var i = 0; i < dots; i++)
        {
            paint.Color = DarkColor().WithAlpha(120);
            canvas.DrawCircle(Next(0, Width), Next(0, Height), 1.2f, paint);
        }
    }

    private static SKColor DarkColor() => new((byte)Next(0, 110), (byte)Next(0, 110), (byte)Next(60, 160));

    private static int Next(int from, int to) => RandomNumberGenerator.GetInt32(from, to);

    public void Dispose()
    {
        if (_typeface.IsValueCreated)
        {
            _typeface.Value.Dispose();
        }
    }
}

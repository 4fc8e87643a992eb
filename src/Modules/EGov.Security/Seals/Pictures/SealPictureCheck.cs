using EGov.Platform.Results;
using SkiaSharp;

namespace EGov.Security.Seals.Pictures;

/// <summary>An uploaded seal picture, checked by its content: a PNG that decodes, of a sensible size, whatever its name says.</summary>
internal static class SealPictureCheck
{
    public const int MaxBytes = 512 * 1024;
    public const int MinPixels = 100;
    public const int MaxPixels = 2000;
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static Result<byte[]> Check(byte[] picture)
    {
        ArgumentNullException.ThrowIfNull(picture);
        if (picture.Length > MaxBytes)
        {
            return SealErrors.Invalid("picture", $"印章图片不能超过 {MaxBytes / 1024} KB");
        }

        if (!picture.AsSpan().StartsWith(PngMagic))
        {
            return SealErrors.Invalid("picture", "印章图片应为 PNG 格式");
        }

        using var bitmap = SKBitmap.Decode(picture);
        if (bitmap is null)
        {
            return SealErrors.Invalid("picture", "印章图片无法读取，文件可能已损坏");
        }

        return bitmap.Width is < MinPixels or > MaxPixels || bitmap.Height is < MinPixels or > MaxPixels
            ? SealErrors.Invalid("picture", $"印章图片的宽和高应在 {MinPixels} 到 {MaxPixels} 像素之间")
            : picture;
    }
}

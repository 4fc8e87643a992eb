using System.Text;
using EGov.Platform.Results;

namespace EGov.Platform.Attachments;

/// <summary>Decides a file's type from its bytes against the allow-list (OWASP ASVS 12.2.1); the name only breaks ties.</summary>
internal static class ContentSniffer
{
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Gif87Magic = "GIF87a"u8.ToArray();
    private static readonly byte[] Gif89Magic = "GIF89a"u8.ToArray();
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <param name="content">A seekable stream positioned anywhere; it is read from the start.</param>
    public static Result<AttachmentType> Detect(Stream content, string fileName, AttachmentOptions limits)
    {
        var header = new byte[8];
        content.Position = 0;
        var length = content.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        ReadOnlySpan<byte> head = header.AsSpan(0, length);
        var extension = Path.GetExtension(fileName).ToLowerInvariant();

        if (head.StartsWith(PdfMagic)) return AttachmentType.Pdf;
        if (head.StartsWith(PngMagic)) return AttachmentType.Png;
        if (head.StartsWith(JpegMagic)) return AttachmentType.Jpeg;
        if (head.StartsWith(Gif87Magic) || head.StartsWith(Gif89Magic)) return AttachmentType.Gif;
        if (head.StartsWith(ZipMagic)) return ZipInspector.Inspect(content, limits);

        // OLE2 compound files also hold installers (.msi); only the legacy Office names are let through.
        if (head.StartsWith(OleMagic))
        {
            return extension switch
            {
                ".doc" => AttachmentType.Doc,
                ".xls" => AttachmentType.Xls,
                _ => AttachmentErrors.TypeNotAllowed,
            };
        }

        return extension == ".txt" && IsUtf8Text(content) ? AttachmentType.Text : AttachmentErrors.TypeNotAllowed;
    }

    private static bool IsUtf8Text(Stream content)
    {
        content.Position = 0;
        using var reader = new StreamReader(content, new UTF8Encoding(false, throwOnInvalidBytes: true), false, 81920, leaveOpen: true);
        var buffer = new char[81920];
        try
        {
            int read;
            while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (buffer.AsSpan(0, read).Contains('\0'))
                {
                    return false;
                }
            }

            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}

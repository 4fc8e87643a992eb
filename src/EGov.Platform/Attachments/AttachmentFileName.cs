using System.Globalization;
using System.Text;

namespace EGov.Platform.Attachments;

/// <summary>
/// The uploader's file name made safe to show and to offer as a download name: no folders, no control or
/// direction-changing characters (U+202E turns "gpj.exe" around), and the extension of the detected type.
/// It never becomes part of a path on disk (OWASP ASVS 12.3.1).
/// </summary>
internal static class AttachmentFileName
{
    public const int MaxLength = 120;
    private const string Fallback = "附件";

    public static string Sanitize(string? original, AttachmentType type)
    {
        var name = original ?? "";
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        var kept = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                continue;
            }

            kept.Append(c is '<' or '>' or ':' or '"' or '|' or '?' or '*' or ';' ? '_' : c);
        }

        var cleaned = kept.ToString().Trim();
        var extension = Path.GetExtension(cleaned).ToLowerInvariant();
        var stem = Path.GetFileNameWithoutExtension(cleaned).Trim().Trim('.').Trim();
        if (!type.Extensions.Contains(extension))
        {
            // "photo.png.exe" detected as PNG keeps "photo.png" as its stem and gets ".png".
            extension = type.Extensions[0];
        }

        if (stem.Length == 0)
        {
            stem = Fallback;
        }

        var room = MaxLength - extension.Length;
        if (stem.Length > room && char.IsHighSurrogate(stem[room - 1]))
        {
            room--;
        }

        return (stem.Length > room ? stem[..room] : stem) + extension;
    }
}

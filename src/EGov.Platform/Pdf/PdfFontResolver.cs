using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace EGov.Platform.Pdf;

/// <summary>
/// PDFsharp's process-wide font resolver, installed once: it serves the font files the writers register, each under a
/// family name of its own. A bold request of a face without a bold file is simulated (PDFsharp strokes the outline).
/// </summary>
internal sealed class PdfFontResolver : IFontResolver
{
    private static readonly Lock InstallLock = new();
    private static readonly PdfFontResolver Instance = new();
    private readonly ConcurrentDictionary<string, byte[]> _faces = new(StringComparer.Ordinal);

    /// <summary>Registers a TrueType file (once per path) and returns the family name to ask PDFsharp for.</summary>
    public static string Register(string fontFile)
    {
        Install();
        var family = "egov:" + Path.GetFullPath(fontFile);
        Instance._faces.GetOrAdd(family, _ => File.ReadAllBytes(fontFile));
        return family;
    }

    /// <summary>Registers font bytes (one face, not a collection) under a key of the caller's; returns the family name.</summary>
    public static string Register(string key, Func<byte[]> load)
    {
        Install();
        var family = "egov:face:" + key;
        Instance._faces.GetOrAdd(family, _ => load());
        return family;
    }

    private static void Install()
    {
        lock (InstallLock)
        {
            if (GlobalFontSettings.FontResolver is not PdfFontResolver)
            {
                GlobalFontSettings.FontResolver = Instance;
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
        => _faces.ContainsKey(familyName) ? new FontResolverInfo(familyName, bold, italic) : null;

    public byte[]? GetFont(string faceName) => _faces.TryGetValue(faceName, out var bytes) ? bytes : null;
}

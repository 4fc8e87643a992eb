namespace EGov.Platform.Pdf;

/// <summary>Configuration section <c>Pdf</c>.</summary>
internal sealed class PdfOptions
{
    public const string Section = "Pdf";

    /// <summary>
    /// Folders searched (with their subfolders) for the TrueType Song face; empty means a <c>fonts</c> folder beside
    /// the application, then <c>/usr/share/fonts</c>.
    /// </summary>
    public List<string> FontDirectories { get; set; } = [];

    public IEnumerable<string> EffectiveFontDirectories => FontDirectories.Count > 0
        ? FontDirectories
        : [Path.Combine(AppContext.BaseDirectory, "fonts"), "/usr/share/fonts"];
}

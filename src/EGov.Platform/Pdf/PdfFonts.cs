namespace EGov.Platform.Pdf;

/// <summary>
/// Finds the Song face for letters: AR PL SungtiL GB (<c>gbsn00lp.ttf</c>, Debian <c>fonts-arphic-gbsn00lp</c>, Arphic
/// Public License). PDFsharp embeds only TrueType outlines, so the Noto CJK collections (CFF outlines) cannot stand in.
/// </summary>
internal static class PdfFonts
{
    public const string SongFile = "gbsn00lp.ttf";
    public const string SongPackage = "fonts-arphic-gbsn00lp";

    /// <summary>The first Song font file in the folders, or null.</summary>
    public static string? FindSong(IEnumerable<string> directories) => Find(directories, SongFile);

    /// <summary>The first file of that name (any case) in the folders or their subfolders, or null.</summary>
    public static string? Find(IEnumerable<string> directories, string fileName)
    {
        foreach (var directory in directories.Where(Directory.Exists))
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, MatchCasing = MatchCasing.CaseInsensitive, IgnoreInaccessible = true };
            var file = Directory.EnumerateFiles(directory, fileName, options).FirstOrDefault();
            if (file is not null)
            {
                return file;
            }
        }

        return null;
    }
}

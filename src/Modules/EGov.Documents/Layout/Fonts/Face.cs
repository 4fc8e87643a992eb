namespace EGov.Documents.Layout.Fonts;

/// <summary>A face registered with PDFsharp: its family name, the characters it has, and whether bold is simulated.</summary>
internal sealed class Face(string family, IReadOnlySet<int> coverage, bool bold)
{
    public string Family => family;

    public bool Bold => bold;

    public bool Covers(int codePoint) => coverage.Contains(codePoint);
}

namespace EGov.Documents.Outgoing;

internal static class DocumentsText
{
    public static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

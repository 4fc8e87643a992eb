namespace EGov.Platform.Attachments;

/// <summary>Configuration section <c>Attachments</c>.</summary>
internal sealed class AttachmentOptions
{
    public const string Section = "Attachments";

    /// <summary>Largest accepted file (OWASP ASVS 12.1.1).</summary>
    public long MaxBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>The folder for stored files, outside the web root; empty means <c>files</c> under <c>Storage:DataRoot</c>.</summary>
    public string Root { get; set; } = "";

    /// <summary>Zip-based formats (OFD, DOCX, XLSX, PPTX): most entries, and total uncompressed size as a multiple of <see cref="MaxBytes"/> (ASVS 12.1.2).</summary>
    public int MaxArchiveEntries { get; set; } = 1000;

    public int MaxExpansionFactor { get; set; } = 10;

    public long MaxUncompressedBytes => MaxBytes * MaxExpansionFactor;
}

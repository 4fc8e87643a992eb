using System.Buffers.Binary;
using System.IO.Compression;
using EGov.Platform.Results;

namespace EGov.Platform.Attachments;

/// <summary>
/// Tells OFD (GB/T 33190-2016: <c>OFD.xml</c> at the root) from DOCX/XLSX/PPTX (ECMA-376: <c>[Content_Types].xml</c>
/// and a <c>word/</c>, <c>xl/</c> or <c>ppt/</c> part) and refuses zip bombs by entry count and declared uncompressed
/// size before anything is read from the entries (OWASP ASVS 12.1.2). Nothing is ever extracted to disk.
/// </summary>
internal static class ZipInspector
{
    private const int EndRecordSize = 22;
    private const uint EndRecordSignature = 0x06054B50;

    public static Result<AttachmentType> Inspect(Stream content, AttachmentOptions limits)
    {
        // The entry count from the end record first, so that a directory of a million entries is never parsed.
        var declaredEntries = DeclaredEntryCount(content);
        if (declaredEntries is null)
        {
            return AttachmentErrors.TypeNotAllowed;
        }

        if (declaredEntries > limits.MaxArchiveEntries)
        {
            return AttachmentErrors.ArchiveTooLarge;
        }

        try
        {
            content.Position = 0;
            using var archive = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (archive.Entries.Count > limits.MaxArchiveEntries
                || archive.Entries.Sum(e => e.Length) > limits.MaxUncompressedBytes)
            {
                return AttachmentErrors.ArchiveTooLarge;
            }

            return Classify([.. archive.Entries.Select(e => e.FullName)]);
        }
        catch (InvalidDataException)
        {
            return AttachmentErrors.TypeNotAllowed;
        }
    }

    private static Result<AttachmentType> Classify(string[] names)
    {
        if (names.Contains("OFD.xml", StringComparer.Ordinal))
        {
            return AttachmentType.Ofd;
        }

        if (!names.Contains("[Content_Types].xml", StringComparer.Ordinal))
        {
            return AttachmentErrors.TypeNotAllowed;
        }

        bool Has(string folder) => names.Any(n => n.StartsWith(folder, StringComparison.Ordinal));
        if (Has("word/")) return AttachmentType.Docx;
        if (Has("xl/")) return AttachmentType.Xlsx;
        if (Has("ppt/")) return AttachmentType.Pptx;
        return AttachmentErrors.TypeNotAllowed;
    }

    /// <summary>The "total number of entries" of the end of central directory record (APPNOTE 4.3.16); 0xFFFF means ZIP64.</summary>
    private static int? DeclaredEntryCount(Stream content)
    {
        var tailLength = (int)Math.Min(content.Length, EndRecordSize + ushort.MaxValue);
        var tail = new byte[tailLength];
        content.Position = content.Length - tailLength;
        content.ReadExactly(tail);
        for (var i = tailLength - EndRecordSize; i >= 0; i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(i)) == EndRecordSignature)
            {
                var entries = BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(i + 10));
                return entries == ushort.MaxValue ? int.MaxValue : entries;
            }
        }

        return null;
    }
}

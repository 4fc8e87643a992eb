using EGov.Platform.Results;

namespace EGov.Platform.Pdf;

/// <summary>Writes letters and notices as A4 PDF with the Chinese font embedded (text stays searchable and copyable).</summary>
public interface IPdfLetterWriter
{
    /// <summary>The PDF bytes, or <see cref="PdfErrors.FontMissing"/> when no usable font is installed.</summary>
    Result<byte[]> Write(PdfLetter letter);
}

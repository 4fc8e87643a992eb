using System.Text;
using EGov.Platform.Crypto;

namespace EGov.Security.Seals.Signing;

/// <summary>
/// The second half of sealing, on the written bytes: /ByteRange = [0 a b c] covers the whole file except the
/// /Contents hex string (from its '&lt;' to its '&gt;'), the SM3 of those ranges is what the seal signs, and the DER
/// signature goes into the hole as upper-case hex, padded with '0' to the reserved length.
/// </summary>
internal sealed class PdfSignatureHole
{
    private readonly byte[] _pdf;
    private readonly int _byteRangeAt;

    private PdfSignatureHole(byte[] pdf, int byteRangeAt, int start, int end)
    {
        (_pdf, _byteRangeAt, Start, End) = (pdf, byteRangeAt, start, end);
        var range = $"[0 {Start} {End} {pdf.Length - End}]";
        var padded = range.PadRight(PdfSignatureFields.ByteRangePlaceholder.Length);
        Encoding.ASCII.GetBytes(padded).CopyTo(_pdf, _byteRangeAt);
    }

    /// <summary>Offset of the '&lt;' that opens the hole.</summary>
    public int Start { get; }

    /// <summary>Offset just after the '&gt;' that closes it.</summary>
    public int End { get; }

    public int Capacity => (End - Start - 2) / 2;

    /// <summary>Finds the placeholders PDFsharp wrote and fixes the byte range in <paramref name="pdf"/> (changed in place).</summary>
    /// <exception cref="InvalidOperationException">The placeholders are missing or not unique (a bug, not bad input).</exception>
    public static PdfSignatureHole Open(byte[] pdf, int contentsBytes)
    {
        var byteRange = Single(pdf, Encoding.ASCII.GetBytes(PdfSignatureFields.ByteRangePlaceholder));
        var hole = Single(pdf, Encoding.ASCII.GetBytes(PdfSignatureFields.ContentsPlaceholder(contentsBytes)));
        return new PdfSignatureHole(pdf, byteRange, hole, hole + (2 * contentsBytes) + 2);
    }

    public byte[] Hash() => Hash(_pdf, Start, End);

    /// <summary>SM3 of bytes [0, start) and [end, length).</summary>
    public static byte[] Hash(byte[] pdf, int start, int end)
    {
        var digest = new Org.BouncyCastle.Crypto.Digests.SM3Digest();
        digest.BlockUpdate(pdf, 0, start);
        digest.BlockUpdate(pdf, end, pdf.Length - end);
        var result = new byte[Sm3.HashSize];
        digest.DoFinal(result, 0);
        return result;
    }

    public byte[] Fill(byte[] signature)
    {
        if (signature.Length > Capacity)
        {
            throw new InvalidOperationException($"签章数据 {signature.Length} 字节，超出预留的 {Capacity} 字节。");
        }

        var hex = Convert.ToHexString(signature).PadRight(2 * Capacity, '0');
        Encoding.ASCII.GetBytes(hex).CopyTo(_pdf, Start + 1);
        return _pdf;
    }

    private static int Single(byte[] pdf, byte[] needle)
    {
        var span = pdf.AsSpan();
        var first = span.IndexOf(needle);
        if (first < 0 || span[(first + 1)..].IndexOf(needle) >= 0)
        {
            throw new InvalidOperationException("签章占位符缺失或不唯一。");
        }

        return first;
    }
}

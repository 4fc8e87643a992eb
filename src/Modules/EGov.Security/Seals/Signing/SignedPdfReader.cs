using System.Text;
using System.Text.RegularExpressions;

namespace EGov.Security.Seals.Signing;

/// <summary>What verification reads from a file: the platform's signature dictionary, its byte range and the DER in its hole.</summary>
internal static partial class SignedPdfReader
{
    private static readonly System.Buffers.SearchValues<byte> UpperHex = System.Buffers.SearchValues.Create("0123456789ABCDEF"u8);

    public enum Outcome
    {
        Found,
        NoSeal,

        /// <summary>The byte range does not cover the whole file except the hole: bytes were added or moved after sealing.</summary>
        RangeBroken,

        /// <summary>The hole is not the canonical hex of one DER object padded with '0'.</summary>
        ContentsBroken,
    }

    public sealed record Signature(Outcome Outcome, int Start = 0, int End = 0, byte[]? Der = null);

    public static bool HasSeal(byte[] pdf) => pdf.AsSpan().IndexOf(PdfSignatureFields.SubFilterBytes) >= 0;

    public static Signature Read(byte[] pdf)
    {
        if (!HasSeal(pdf))
        {
            return new Signature(Outcome.NoSeal);
        }

        var matches = ByteRange().Matches(Encoding.Latin1.GetString(pdf));
        if (matches.Count != 1)
        {
            return new Signature(matches.Count == 0 ? Outcome.NoSeal : Outcome.RangeBroken);
        }

        var g = matches[0].Groups;
        if (!long.TryParse(g[1].ValueSpan, out var a) || !long.TryParse(g[2].ValueSpan, out var b)
            || !long.TryParse(g[3].ValueSpan, out var c) || !long.TryParse(g[4].ValueSpan, out var d)
            || a != 0 || b <= 0 || c <= b + 2 || c + d != pdf.Length || pdf[b] != '<' || pdf[c - 1] != '>')
        {
            return new Signature(Outcome.RangeBroken);
        }

        var (start, end) = ((int)b, (int)c);
        var der = Contents(pdf.AsSpan(start + 1, end - start - 2));
        return der is null ? new Signature(Outcome.ContentsBroken) : new Signature(Outcome.Found, start, end, der);
    }

    // Exactly what sealing writes: upper-case hex of one DER TLV, then only '0'. Anything else means the hole was edited.
    private static byte[]? Contents(ReadOnlySpan<byte> hex)
    {
        if (hex.Length % 2 != 0 || hex.IndexOfAnyExcept(UpperHex) >= 0)
        {
            return null;
        }

        var bytes = Convert.FromHexString(Encoding.ASCII.GetString(hex));
        var length = DerLength(bytes);
        return length is { } n && n <= bytes.Length && bytes.AsSpan(n).IndexOfAnyExcept((byte)0) < 0 ? bytes[..n] : null;
    }

    /// <summary>Total length of the DER object at the start (tag, length octets, content), or null.</summary>
    private static int? DerLength(byte[] bytes)
    {
        if (bytes.Length < 2 || bytes[0] != 0x30)
        {
            return null;
        }

        if (bytes[1] < 0x80)
        {
            return 2 + bytes[1];
        }

        var count = bytes[1] & 0x7F;
        if (count is 0 or > 3 || bytes.Length < 2 + count)
        {
            return null;
        }

        var length = 0;
        for (var i = 0; i < count; i++)
        {
            length = (length << 8) | bytes[2 + i];
        }

        return 2 + count + length;
    }

    [GeneratedRegex(@"/ByteRange\s*\[\s*(\d{1,10})\s+(\d{1,10})\s+(\d{1,10})\s+(\d{1,10})\s*\]", RegexOptions.None, 1000)]
    private static partial Regex ByteRange();
}

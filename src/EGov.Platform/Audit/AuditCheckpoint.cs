using System.Globalization;

namespace EGov.Platform.Audit;

/// <summary>
/// A signed tree head: the platform key's SM2 signature over the root of the first <see cref="TreeSize"/> sealed entries.
/// Never updated or deleted (database triggers).
/// </summary>
public sealed class AuditCheckpoint
{
    public long Id { get; set; }
    public long TreeSize { get; set; }
    public byte[] RootHash { get; set; } = [];
    public DateTime Time { get; set; }
    public string KeyId { get; set; } = "";
    public byte[] Signature { get; set; } = [];

    /// <summary>The signed text: <c>egov-audit\n{size}\n{root-hex}\n{time-iso}</c>, UTF-8.</summary>
    public static byte[] SignedText(long treeSize, ReadOnlySpan<byte> rootHash, DateTime time)
        => System.Text.Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"egov-audit\n{treeSize}\n{Convert.ToHexStringLower(rootHash)}\n{AuditLeaf.FormatTime(time)}"));

    public byte[] SignedText() => SignedText(TreeSize, RootHash, Time);
}

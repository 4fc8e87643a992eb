using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace EGov.Platform.Audit;

/// <summary>
/// The canonical leaf of an entry: a version tag, then each field in a fixed order as a 4-byte big-endian
/// UTF-8 length (−1 for null) and the bytes. Length prefixes make field boundaries unambiguous.
/// </summary>
internal static class AuditLeaf
{
    private const string Version = "egov-audit-leaf/1";

    public static byte[] Serialize(AuditEntry entry, long sequence)
    {
        ArgumentNullException.ThrowIfNull(entry);
        string?[] fields =
        [
            Version,
            sequence.ToString(CultureInfo.InvariantCulture),
            FormatTime(entry.Time),
            entry.UserId,
            entry.UserName,
            entry.DepartmentId?.ToString("D"),
            entry.DepartmentName,
            entry.Ip,
            entry.Action,
            entry.ObjectType,
            entry.ObjectId,
            entry.Outcome.ToString(),
            entry.Detail,
            entry.RequestId,
        ];
        using var buffer = new MemoryStream();
        Span<byte> length = stackalloc byte[4];
        foreach (var field in fields)
        {
            var bytes = field is null ? null : Encoding.UTF8.GetBytes(field);
            BinaryPrimitives.WriteInt32BigEndian(length, bytes?.Length ?? -1);
            buffer.Write(length);
            buffer.Write(bytes);
        }

        return buffer.ToArray();
    }

    public static byte[] Hash(AuditEntry entry, long sequence) => MerkleTree.HashLeaf(Serialize(entry, sequence));

    /// <summary>ISO 8601 UTC with microseconds: the precision both SQLite and PostgreSQL keep.</summary>
    public static string FormatTime(DateTime time)
        => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Cuts an instant to whole microseconds, so that what is stored is what was hashed.</summary>
    public static DateTime Truncate(DateTime time)
        => new(time.Ticks - (time.Ticks % 10), DateTimeKind.Utc);
}

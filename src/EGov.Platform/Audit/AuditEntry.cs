namespace EGov.Platform.Audit;

/// <summary>
/// One audit record (审计日志, 等保 8.1.4.3 b: time, user, event type, outcome, and source, object, detail).
/// Inserted unsealed; the <see cref="AuditSealer"/> later gives it its place in the tree (<see cref="Sequence"/>)
/// and its <see cref="LeafHash"/>, once. The database refuses every other update and every delete.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    /// <summary>Leaf index in the Merkle tree, gap-free from 0; null until sealed.</summary>
    public long? Sequence { get; set; }

    public DateTime Time { get; set; }
    public string UserId { get; set; } = "";
    public string UserName { get; set; } = "";
    public Guid? DepartmentId { get; set; }
    public string? DepartmentName { get; set; }
    public string? Ip { get; set; }
    public string Action { get; set; } = "";
    public string? ObjectType { get; set; }
    public string? ObjectId { get; set; }
    public AuditOutcome Outcome { get; set; }
    public string? Detail { get; set; }
    public string? RequestId { get; set; }

    /// <summary>SM3(0x00 ‖ <see cref="AuditLeaf"/>); null until sealed.</summary>
    public byte[]? LeafHash { get; set; }
}

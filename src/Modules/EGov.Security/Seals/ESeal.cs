namespace EGov.Security.Seals;

/// <summary>
/// 电子印章: an agency's seal as the security administrator made it. Its SM2 key lives in the platform key store under
/// <see cref="KeyOwner"/>; <see cref="SealData"/> is the GB/T 38540 SESeal the platform (制章者) signed when it was made.
/// </summary>
internal sealed class ESeal
{
    public Guid Id { get; set; }

    /// <summary>印章编码 (esID), e.g. <c>xlq-zfb-01</c>.</summary>
    public string Code { get; set; } = "";

    public Guid DepartmentId { get; set; }

    /// <summary>印章名称, the agency's full name as it appears on the seal.</summary>
    public string Name { get; set; } = "";

    public byte[] Picture { get; set; } = [];

    /// <summary>Display size on paper in millimetres (width = height for round seals).</summary>
    public int SizeMm { get; set; }

    public string KeyOwner { get; set; } = "";
    public string KeyId { get; set; } = "";
    public byte[] Certificate { get; set; } = [];

    /// <summary>SM3 (hex) of <see cref="Certificate"/>: how verification finds the seal of a signature.</summary>
    public string CertificateSm3 { get; set; } = "";

    public byte[] SealData { get; set; } = [];
    public DateOnly ValidFrom { get; set; }
    public DateOnly ValidUntil { get; set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime? RevokedAt { get; set; }
    public string? RevocationReason { get; set; }
    public string? RevokedBy { get; set; }
    public long Version { get; set; }

    public bool IsRevoked => RevokedAt is not null;

    public bool IsValidOn(DateOnly day) => !IsRevoked && day >= ValidFrom && day <= ValidUntil;
}

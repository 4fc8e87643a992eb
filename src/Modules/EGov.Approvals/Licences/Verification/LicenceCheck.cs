using EGov.Approvals.Licences.Issuing;

namespace EGov.Approvals.Licences.Verification;

internal enum LicenceCheckStatus
{
    Valid,
    Revoked,
    Expired,

    /// <summary>The file was altered, or no licence of this platform matches it, or its signature fails.</summary>
    Invalid,
}

/// <summary>The answer of a verification: the status and, unless it failed, the licence as the public may see it.</summary>
internal sealed record LicenceCheck(LicenceCheckStatus Status, PublicLicence? Licence, LicenceSigner? Signer)
{
    public static readonly LicenceCheck Invalid = new(LicenceCheckStatus.Invalid, null, null);

    public bool IsValid => Status == LicenceCheckStatus.Valid;

    public string StatusName => Status switch
    {
        LicenceCheckStatus.Valid => "有效",
        LicenceCheckStatus.Revoked => "已注销",
        LicenceCheckStatus.Expired => "已过期",
        _ => "验证失败（文件被篡改或非本平台签发）",
    };
}

/// <summary>A licence with the holder's identity and other personal data masked.</summary>
internal sealed record PublicLicence(
    Guid Id,
    string Number,
    string Title,
    string Holder,
    string HolderIdentityLabel,
    string HolderIdentity,
    IReadOnlyList<LicenceField> Data,
    string Department,
    DateOnly IssuedOn,
    DateOnly? ValidUntil,
    DateTime? RevokedAt,
    string? RevocationReason);

/// <summary>The department's certificate that signed the licence.</summary>
internal sealed record LicenceSigner(string KeyId, string Subject, string Issuer, DateTime NotBefore, DateTime NotAfter, string CertificateUrl);

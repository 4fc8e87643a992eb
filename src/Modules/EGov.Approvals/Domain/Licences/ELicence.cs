namespace EGov.Approvals.Domain.Licences;

/// <summary>
/// 电子证照: the result of an approved application as a PDF signed with the issuing department's SM2 key. The
/// verification page checks the signature and the licence's state; a revoked, expired or altered licence fails.
/// </summary>
internal sealed class ELicence
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>证照编号 from the numbering service.</summary>
    public string Number { get; set; } = "";

    public Guid ApplicationId { get; set; }
    public Guid ItemId { get; set; }
    public Guid DepartmentId { get; set; }

    /// <summary>证照名称 (the item's result name).</summary>
    public string Title { get; set; } = "";

    /// <summary>持证主体.</summary>
    public string HolderName { get; set; } = "";

    /// <summary>The holder's resident ID or credit code; encrypted.</summary>
    public string HolderIdentityNumber { get; set; } = "";

    /// <summary>The licence's data fields printed on it, as JSON (<c>[{"label":…,"value":…}]</c>).</summary>
    public string Data { get; set; } = "[]";

    public DateOnly IssuedOn { get; set; }
    public DateOnly? ValidUntil { get; set; }
    public LicenceStatus Status { get; set; }
    public DateTime? RevokedAt { get; set; }
    public string? RevocationReason { get; set; }

    /// <summary>The key store's key that signed it (the department's).</summary>
    public string KeyId { get; set; } = "";

    /// <summary>SM3 of the PDF, hex.</summary>
    public string PdfHash { get; set; } = "";

    /// <summary>SM2 signature (DER, base64) over the PDF's SM3 hash.</summary>
    public string Signature { get; set; } = "";

    public Guid PdfAttachmentId { get; set; }

    /// <summary>Random token in the QR code's verification URL.</summary>
    public string VerificationCode { get; set; } = "";

    public long Version { get; set; }
}

internal enum LicenceStatus
{
    Valid,
    Revoked,
}

using EGov.Approvals.Licences.Verification;

namespace EGov.Approvals.Licences.Api;

/// <summary>The answer of <c>/api/v1/approvals/licences/verify</c>: status <c>valid|revoked|expired|invalid</c>, the masked licence and its signer.</summary>
internal sealed record LicenceVerificationResponse(
    bool Valid,
    string Status,
    string StatusName,
    string? Number,
    string? Title,
    string? Holder,
    string? HolderIdentity,
    string? Department,
    DateOnly? IssuedOn,
    DateOnly? ValidUntil,
    DateTime? RevokedAt,
    string? Reason,
    IReadOnlyList<LicenceDataResponse> Data,
    LicenceSignerResponse? Signer)
{
    public static LicenceVerificationResponse Of(LicenceCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var l = check.Licence;
        return new(
            check.IsValid,
            check.Status.ToString().ToLowerInvariant(),
            check.StatusName,
            l?.Number,
            l?.Title,
            l?.Holder,
            l?.HolderIdentity,
            l?.Department,
            l?.IssuedOn,
            l?.ValidUntil,
            l?.RevokedAt,
            l?.RevocationReason,
            l is null ? [] : [.. l.Data.Select(d => new LicenceDataResponse(d.Label, d.Value))],
            check.Signer is { } s ? new LicenceSignerResponse(s.KeyId, s.Subject, s.Issuer, s.NotBefore, s.NotAfter, s.CertificateUrl) : null);
    }
}

internal sealed record LicenceDataResponse(string Label, string Value);

internal sealed record LicenceSignerResponse(string KeyId, string Subject, string Issuer, DateTime NotBefore, DateTime NotAfter, string CertificateUrl);

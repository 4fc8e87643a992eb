using EGov.Security.Contracts;

namespace EGov.Documents.Verification;

/// <summary>The answer of <c>POST /api/v1/documents/verify</c>.</summary>
/// <param name="SealedAt">UTC, ISO 8601.</param>
/// <param name="Certificate">Where to download the seal's certificate, when the seal is one of the platform's.</param>
internal sealed record VerificationResponse(bool Valid, string? DocumentNumber, string? Agency, DateTime? SealedAt, string? Reason, string? Certificate)
{
    public static VerificationResponse Of(SealCheck check) => new(
        check.Valid, check.DocumentNumber, check.Agency, check.SealedAt, check.Reason, check.SealId is { } id ? CertificateUrl(id) : null);

    public static string CertificateUrl(Guid sealId) => $"/api/v1/security/seals/{sealId}/certificate";
}

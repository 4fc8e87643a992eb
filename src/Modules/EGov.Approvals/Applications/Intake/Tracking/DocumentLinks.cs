using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace EGov.Approvals.Applications.Intake.Tracking;

/// <summary>
/// Download links for the applicant's documents: a protected token of (application, document) that expires after
/// 30 minutes, so a link copied out of the tracking page does not stay valid.
/// </summary>
internal sealed class DocumentLinks(IDataProtectionProvider provider)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private readonly ITimeLimitedDataProtector _protector = provider.CreateProtector("EGov.Approvals.ApplicationDocumentLink").ToTimeLimitedDataProtector();

    public string UrlFor(Guid applicationId, Guid documentId)
        => IntakeUrls.Document(_protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{applicationId:N}.{documentId:N}"), Lifetime));

    /// <summary>The application and document of a token; null when it is altered, foreign or expired.</summary>
    public (Guid ApplicationId, Guid DocumentId)? Read(string token)
    {
        try
        {
            var parts = _protector.Unprotect(token).Split('.');
            return parts.Length == 2 && Guid.TryParseExact(parts[0], "N", out var application) && Guid.TryParseExact(parts[1], "N", out var document)
                ? (application, document)
                : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}

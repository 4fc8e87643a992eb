using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace EGov.Disclosure.Requests.Intake.Tracking;

/// <summary>
/// Download links for an applicant without an account: a protected token of (request, document) that expires after
/// 30 minutes, so a link copied out of the page does not stay valid.
/// </summary>
internal sealed class DocumentLinks(IDataProtectionProvider provider)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private readonly ITimeLimitedDataProtector _protector = provider.CreateProtector("EGov.Disclosure.RequestDocumentLink").ToTimeLimitedDataProtector();

    public string UrlFor(Guid requestId, Guid documentId)
        => IntakeUrls.Document(_protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{requestId:N}.{documentId:N}"), Lifetime));

    /// <summary>The request and document of a token; null when it is altered, foreign or expired.</summary>
    public (Guid RequestId, Guid DocumentId)? Read(string token)
    {
        try
        {
            var parts = _protector.Unprotect(token).Split('.');
            return parts.Length == 2 && Guid.TryParseExact(parts[0], "N", out var request) && Guid.TryParseExact(parts[1], "N", out var document)
                ? (request, document)
                : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}

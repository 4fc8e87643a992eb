using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace EGov.Platform.Attachments;

/// <summary>
/// Download links for an applicant without an account: a protected token of (case, document) that expires after
/// 30 minutes, so a link copied out of a tracking page does not stay valid. Each module passes its own purpose.
/// </summary>
public sealed class DocumentLinks(IDataProtectionProvider provider)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    public string Protect(string purpose, Guid caseId, Guid documentId)
        => Protector(purpose).Protect(string.Create(CultureInfo.InvariantCulture, $"{caseId:N}.{documentId:N}"), Lifetime);

    /// <summary>The case and document of a token; null when it is altered, made for another purpose, or expired.</summary>
    public (Guid CaseId, Guid DocumentId)? Read(string purpose, string token)
    {
        try
        {
            var parts = Protector(purpose).Unprotect(token).Split('.');
            return parts.Length == 2 && Guid.TryParseExact(parts[0], "N", out var caseId) && Guid.TryParseExact(parts[1], "N", out var document)
                ? (caseId, document)
                : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private ITimeLimitedDataProtector Protector(string purpose) => provider.CreateProtector(purpose).ToTimeLimitedDataProtector();
}

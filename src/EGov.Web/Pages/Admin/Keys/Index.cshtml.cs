using EGov.Platform.Keys;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Org.BouncyCastle.X509;

namespace EGov.Web.Pages.Admin.Keys;

/// <summary>密钥与证书: the security administrator sees every key and its certificate, downloads certificates and rotates keys.</summary>
[Authorize(Policy = KeyPermissions.Manage)]
public sealed class IndexModel(KeyStore store) : PageModel
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public IReadOnlyList<KeyRow> Keys { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var keys = await store.ListAsync(null, cancellationToken);
        Keys = [.. keys.Select(KeyRow.From)];
    }

    public async Task<IActionResult> OnGetCertificateAsync(string keyId, CancellationToken cancellationToken)
    {
        var key = await store.FindPublicKeyAsync(keyId, cancellationToken);
        return key is null ? NotFound() : File(key.CertificateDer, KeyEndpoints.CertificateContentType, $"{key.Owner}-{key.KeyId}.cer");
    }

    public async Task<IActionResult> OnPostRotateAsync(string owner, CancellationToken cancellationToken)
    {
        // Only existing owners: this form rotates keys, it does not create keys for made-up owners.
        if (string.IsNullOrWhiteSpace(owner) || (await store.GetPublicKeysAsync(owner, cancellationToken)).Count == 0)
        {
            return NotFound();
        }

        var key = await store.RotateAsync(owner, cancellationToken);
        Message = $"已轮换 {key.Owner} 的密钥，新密钥标识 {key.KeyId}。";
        return RedirectToPage();
    }

    internal static string Format(DateTimeOffset? instant)
        => instant is { } value ? TimeZoneInfo.ConvertTime(value, Shanghai).ToString("yyyy年M月d日 HH:mm") : "";

    public sealed record KeyRow(string KeyId, string Owner, string Created, string Retired, bool Active, string Subject, string Validity)
    {
        public static KeyRow From(PublicKeyInfo key)
        {
            var certificate = new X509Certificate(key.CertificateDer);
            var validity = $"{Format(certificate.NotBefore.ToUniversalTime())} 至 {Format(certificate.NotAfter.ToUniversalTime())}";
            return new KeyRow(key.KeyId, key.Owner, Format(key.CreatedAt), Format(key.RetiredAt), key.RetiredAt is null, certificate.SubjectDN.ToString(), validity);
        }
    }
}

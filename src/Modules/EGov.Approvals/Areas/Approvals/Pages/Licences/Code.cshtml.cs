using EGov.Approvals.Licences.Verification;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace EGov.Approvals.Areas.Approvals.Pages.Licences;

/// <summary>The QR code's page: the stored licence is verified again (hash and signature), then its state.</summary>
[AllowAnonymous]
[EnableRateLimiting("public-form")]
internal sealed class CodeModel(LicenceVerifier verifier) : PageModel
{
    public LicenceCheck Check { get; private set; } = LicenceCheck.Invalid;

    public async Task OnGetAsync(string code, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        Check = await verifier.VerifyCodeAsync(code, cancellationToken);
    }
}

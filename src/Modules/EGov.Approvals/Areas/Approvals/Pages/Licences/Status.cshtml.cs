using EGov.Approvals.Licences.Verification;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace EGov.Approvals.Areas.Approvals.Pages.Licences;

/// <summary>The licence of a published result, verified like the QR code's page.</summary>
[AllowAnonymous]
[EnableRateLimiting("public-form")]
internal sealed class StatusModel(LicenceVerifier verifier) : PageModel
{
    public LicenceCheck Check { get; private set; } = LicenceCheck.Invalid;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        Check = await verifier.VerifyIdAsync(id, cancellationToken);
    }
}

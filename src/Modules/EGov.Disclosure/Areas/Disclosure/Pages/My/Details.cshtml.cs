using EGov.Disclosure.Requests.Intake.Tracking;
using EGov.Platform.Identity;
using EGov.Platform.Identity.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Disclosure.Areas.Disclosure.Pages.My;

/// <summary>One of my requests, the same view as tracking; another account's request is 404, not 403.</summary>
[Authorize(Policy = PlatformPolicies.Public)]
internal sealed class DetailsModel(RequestTracking tracking) : PageModel
{
    public TrackingView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await tracking.FindForAccountAsync(id, User.AccountId()!.Value, cancellationToken) is not { } view)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }
}

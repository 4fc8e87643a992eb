using EGov.Platform.Identity.Authorization;
using EGov.Platform.Identity.SignIn;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Web.Pages.Account;

/// <summary>POST from the office header's position switch: work in another department the person holds a position in.</summary>
[Authorize(Policy = PlatformPolicies.Staff)]
internal sealed class SwitchPositionModel(SwitchPositionHandler handler) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/office");

    public async Task<IActionResult> OnPostAsync(Guid departmentId, string? returnUrl, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(departmentId, HttpContext, cancellationToken);
        if (!result.IsSuccess)
        {
            return Forbid();
        }

        return LocalRedirect(SignInDestination.IsLocal(returnUrl) ? returnUrl! : "/office");
    }
}

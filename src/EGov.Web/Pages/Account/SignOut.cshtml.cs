using EGov.Platform.Identity.SignIn;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Web.Pages.Account;

[AllowAnonymous]
internal sealed class SignOutModel(SignOutHandler handler) : PageModel
{
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await handler.HandleAsync(HttpContext, cancellationToken);
        return LocalRedirect("/");
    }
}

using EGov.Platform.Identity;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Identity.SignIn;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Web.Pages.Account;

/// <summary>Change the password; the only page open while a one-time or expired password must be replaced.</summary>
[AllowDuringPasswordChange]
internal sealed class ChangePasswordModel(ChangePasswordHandler handler) : PageModel
{
    [BindProperty]
    public ChangePasswordInput Input { get; set; } = new();

    public bool Required => User.HasClaim(c => c.Type == PlatformClaims.PasswordChangeRequired);

    public void OnGet() => Response.Headers.CacheControl = "no-store";

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(new ChangePasswordCommand(Input.CurrentPassword, Input.NewPassword, Input.ConfirmPassword), HttpContext, cancellationToken);
        if (!result.IsSuccess)
        {
            ModelState.AddError(result.Error!);
            return Page();
        }

        return LocalRedirect(result.Value);
    }
}

internal sealed class ChangePasswordInput
{
    public string CurrentPassword { get; set; } = "";
    public string NewPassword { get; set; } = "";
    public string ConfirmPassword { get; set; } = "";
}

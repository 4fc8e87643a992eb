using EGov.Platform.Identity.Registration;
using EGov.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace EGov.Web.Pages.Account;

/// <summary>法人注册.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.PublicForm)]
internal sealed class RegisterEnterpriseModel(RegisterHandler handler) : PageModel
{
    [BindProperty]
    public EnterpriseInput Input { get; set; } = new();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await handler.EnterpriseAsync(
            new RegisterEnterpriseCommand(Input.Name, Input.UnifiedSocialCreditCode, Input.LegalRepresentative, Input.Mobile, Input.Password, Input.ConfirmPassword),
            cancellationToken);
        if (!result.IsSuccess)
        {
            ModelState.AddError(result.Error!);
            return Page();
        }

        return LocalRedirect("/account/sign-in?registered=true");
    }
}

internal sealed class EnterpriseInput
{
    public string Name { get; set; } = "";
    public string UnifiedSocialCreditCode { get; set; } = "";
    public string LegalRepresentative { get; set; } = "";
    public string Mobile { get; set; } = "";
    public string Password { get; set; } = "";
    public string ConfirmPassword { get; set; } = "";
}

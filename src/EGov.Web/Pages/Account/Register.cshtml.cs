using EGov.Platform.Identity.Registration;
using EGov.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace EGov.Web.Pages.Account;

/// <summary>自然人注册. Every field is checked by <see cref="RegisterHandler"/> on the server.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.PublicForm)]
internal sealed class RegisterModel(RegisterHandler handler) : PageModel
{
    [BindProperty]
    public CitizenInput Input { get; set; } = new();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await handler.CitizenAsync(
            new RegisterCitizenCommand(Input.Name, Input.ResidentIdNumber, Input.Mobile, Input.Password, Input.ConfirmPassword), cancellationToken);
        if (!result.IsSuccess)
        {
            ModelState.AddError(result.Error!);
            return Page();
        }

        return LocalRedirect("/account/sign-in?registered=true");
    }
}

internal sealed class CitizenInput
{
    public string Name { get; set; } = "";
    public string ResidentIdNumber { get; set; } = "";
    public string Mobile { get; set; } = "";
    public string Password { get; set; } = "";
    public string ConfirmPassword { get; set; } = "";
}

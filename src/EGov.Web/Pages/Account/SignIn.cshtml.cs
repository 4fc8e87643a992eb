using System.ComponentModel.DataAnnotations;
using EGov.Platform.Identity.SignIn;
using EGov.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace EGov.Web.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimits.PublicForm)]
internal sealed class SignInModel(SignInHandler handler, IConfiguration configuration) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Registered { get; set; }

    public bool DemoMode => configuration.GetValue<bool>("Demo:Enabled");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await handler.HandleAsync(new SignInCommand(Input.Login, Input.Password, ReturnUrl), HttpContext, cancellationToken);
        if (!result.IsSuccess)
        {
            ModelState.AddError(result.Error!);
            return Page();
        }

        return LocalRedirect(result.Value);
    }
}

internal sealed class SignInInput
{
    [Required(ErrorMessage = "请填写用户名或手机号。")]
    [StringLength(64, ErrorMessage = "用户名或手机号过长。")]
    [Display(Name = "用户名或手机号")]
    public string Login { get; set; } = "";

    [Required(ErrorMessage = "请填写密码。")]
    [StringLength(128, ErrorMessage = "密码过长。")]
    [DataType(DataType.Password)]
    [Display(Name = "密码")]
    public string Password { get; set; } = "";
}

using Microsoft.AspNetCore.Mvc;

namespace EGov.Platform.Verification;

/// <summary>
/// The proof fields of an anonymous public form: the CAPTCHA image (rendered on the server, so it shows without
/// JavaScript) with 看不清，换一张, and with <c>phone-required</c> the phone, 获取验证码 and the SMS code. Renders
/// nothing for a signed-in user, who needs no proof.
/// <para>Usage in a module's page (its <c>_ViewImports.cshtml</c> says <c>@addTagHelper *, EGov.Platform</c>):</para>
/// <code>
/// &lt;form method="post"&gt; … &lt;vc:anonymous-proof purpose="interaction.letter" phone-required="true" /&gt; … &lt;/form&gt;
/// </code>
/// <para>and in its page model:</para>
/// <code>
/// [BindProperty] public AnonymousProof Proof { get; set; } = new();
/// … if (!User.Identity!.IsAuthenticated) { var checkedProof = await guard.CheckAsync(Proof, "interaction.letter", phoneRequired: true); }
/// </code>
/// The inputs are named <c>Proof.CaptchaId</c>, <c>Proof.CaptchaAnswer</c>, <c>Proof.Phone</c>, <c>Proof.SmsCode</c>;
/// pass <c>prefix="Other"</c> to bind into a property of another name. The form must carry the antiforgery token (the
/// form tag helper adds it); the script <c>/js/anonymous-proof.js</c> is referenced by the component itself.
/// </summary>
public sealed class AnonymousProofViewComponent(CaptchaService captcha) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string purpose, bool phoneRequired = true, string prefix = "Proof")
    {
        if (UserClaimsPrincipal.Identity?.IsAuthenticated == true)
        {
            return Content("");
        }

        var challenge = await captcha.CreateAsync(HttpContext.RequestAborted);
        var phone = Request.HasFormContentType ? Request.Form[$"{prefix}.Phone"].ToString() : "";
        return View("/Pages/Shared/Components/AnonymousProof/Default.cshtml",
            new AnonymousProofForm(prefix, purpose, phoneRequired, challenge.Id, challenge.DataUri, phone));
    }
}

/// <summary>What the component's view shows.</summary>
public sealed record AnonymousProofForm(string Prefix, string Purpose, bool PhoneRequired, Guid CaptchaId, string CaptchaImage, string Phone);

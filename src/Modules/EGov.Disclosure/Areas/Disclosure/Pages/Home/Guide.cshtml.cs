using EGov.Disclosure.Agencies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Disclosure.Areas.Disclosure.Pages.Home;

/// <summary>政府信息公开指南 of one agency (条例 第十二条).</summary>
[AllowAnonymous]
internal sealed class GuideModel(PublicAgencies agencies) : PageModel
{
    public AgencyGuide Guide { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await agencies.GuideAsync(code, cancellationToken) is not { } guide)
        {
            return NotFound();
        }

        Guide = guide;
        return Page();
    }
}

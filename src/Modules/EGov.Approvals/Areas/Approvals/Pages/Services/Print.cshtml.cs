using EGov.Approvals.Catalog.Public;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Approvals.Areas.Approvals.Pages.Services;

/// <summary>The 办事指南 on its own page for printing (style in <c>css/approvals-guide-print.css</c>).</summary>
[AllowAnonymous]
internal sealed class PrintModel(PublicItems items) : PageModel
{
    public ItemGuide Guide { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await items.GuideAsync(id, cancellationToken) is not { } guide)
        {
            return NotFound();
        }

        Guide = guide;
        return Page();
    }
}

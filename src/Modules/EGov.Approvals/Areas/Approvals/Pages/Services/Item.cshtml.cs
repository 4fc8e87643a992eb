using EGov.Approvals.Catalog.Public;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Approvals.Areas.Approvals.Pages.Services;

/// <summary>办事指南 of a published item, with 在线办理 when it accepts applications online.</summary>
[AllowAnonymous]
internal sealed class ItemModel(PublicItems items) : PageModel
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

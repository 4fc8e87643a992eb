using EGov.Disclosure.Catalog.Public;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Disclosure.Areas.Disclosure.Pages.Catalog;

/// <summary>One published item: the metadata table above the body and files (依申请公开: metadata and the request link only).</summary>
[AllowAnonymous]
internal sealed class ItemModel(PublicCatalog catalog) : PageModel
{
    public PublicCatalogItem Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await catalog.FindAsync(id, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        Item = item;
        return Page();
    }
}

using EGov.Disclosure.Catalog.Items;
using EGov.Disclosure.Catalog.Workflow;
using EGov.Disclosure.Contracts;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Disclosure.Areas.Disclosure.Pages.OfficeCatalog;

/// <summary>保密审查 of one item: pass, or return with an opinion.</summary>
[Authorize(Policy = "perm:" + DisclosurePermissions.ConfidentialityReview)]
internal sealed class ReviewModel(StaffCatalogDetail detail, CatalogReviewHandler handler) : PageModel
{
    public StaffCatalogView View { get; private set; } = null!;

    [BindProperty]
    public long Version { get; set; }

    [BindProperty]
    public string? Opinion { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
        => await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostPassAsync(Guid id, CancellationToken cancellationToken) => DecideAsync(id, true, cancellationToken);

    public Task<IActionResult> OnPostReturnAsync(Guid id, CancellationToken cancellationToken) => DecideAsync(id, false, cancellationToken);

    private async Task<IActionResult> DecideAsync(Guid id, bool passed, CancellationToken cancellationToken)
    {
        var result = await handler.ReviewAsync(id, passed, Opinion, Version, cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Message"] = passed ? "保密审查已通过。" : "已退回修改。";
            return LocalRedirect("/office/disclosure/catalog/reviews");
        }

        if (result.Error!.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        ModelState.AddError(result.Error, prefix: "");
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var view = await detail.LoadAsync(id, cancellationToken);
        if (!view.IsSuccess || !view.Value.MayReview)
        {
            return false;
        }

        View = view.Value;
        return true;
    }
}

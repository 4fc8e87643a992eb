using EGov.Disclosure.Catalog.Items;
using EGov.Disclosure.Catalog.Workflow;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Disclosure.Areas.Disclosure.Pages.OfficeCatalog;

/// <summary>An item with its clock, reviews and files, and the steps its editor may take: submit, publish, withdraw.</summary>
[Authorize(Policy = PlatformPolicies.Staff)]
internal sealed class DetailsModel(StaffCatalogDetail detail, CatalogReviewHandler reviews, CatalogPublisher publisher) : PageModel
{
    public StaffCatalogView View { get; private set; } = null!;

    [BindProperty]
    public long Version { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
        => await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken cancellationToken)
        => StepAsync(id, reviews.SubmitAsync(id, Version, cancellationToken), "已提交保密审查。", cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken cancellationToken)
        => StepAsync(id, publisher.PublishAsync(id, Version, cancellationToken), "已公开。", cancellationToken);

    public Task<IActionResult> OnPostWithdrawAsync(Guid id, CancellationToken cancellationToken)
        => StepAsync(id, publisher.WithdrawAsync(id, Reason, Version, cancellationToken), "已撤回。", cancellationToken);

    private async Task<IActionResult> StepAsync(Guid id, Task<Result<Guid>> step, string done, CancellationToken cancellationToken)
    {
        var result = await step;
        if (result.IsSuccess)
        {
            TempData["Message"] = done;
            return LocalRedirect($"/office/disclosure/catalog/{id}");
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
        if (view.IsSuccess)
        {
            View = view.Value;
        }

        return view.IsSuccess;
    }
}

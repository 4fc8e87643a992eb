using EGov.Disclosure.Catalog.Items;
using EGov.Disclosure.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EGov.Disclosure.Areas.Disclosure.Pages.OfficeCatalog;

/// <summary>Edits a draft, returned or withdrawn item; a stale form is refused, not saved over a newer version.</summary>
[Authorize(Policy = "perm:" + DisclosurePermissions.Catalog)]
internal sealed class EditModel(SaveCatalogItemHandler handler, StaffCatalogDetail detail) : ItemFormPage
{
    public Guid Id { get; private set; }
    public string IndexNumber { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var view = await detail.LoadAsync(id, cancellationToken);
        if (!view.IsSuccess || !view.Value.MayEdit)
        {
            return NotFound();
        }

        (Id, IndexNumber) = (id, view.Value.Item.IndexNumber);
        Input = CatalogItemInput.From(CatalogItemFields.From(view.Value.Item, view.Value.AgencyCode));
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await SaveAsync((fields, files) => handler.UpdateAsync(id, fields, files, cancellationToken));
        if (result.IsSuccess)
        {
            TempData["Message"] = "修改已保存。";
            return LocalRedirect($"/office/disclosure/catalog/{id}");
        }

        Id = id;
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }
}

using EGov.Disclosure.Catalog.Items;
using EGov.Disclosure.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EGov.Disclosure.Areas.Disclosure.Pages.OfficeCatalog;

/// <summary>新建目录信息: the 索引号 is given when it is saved.</summary>
[Authorize(Policy = "perm:" + DisclosurePermissions.Catalog)]
internal sealed class CreateModel(SaveCatalogItemHandler handler) : ItemFormPage
{
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        Input.AgencyCode = Agencies.Count > 0 ? Agencies[0].Code : null;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await SaveAsync((fields, files) => handler.CreateAsync(fields, files, cancellationToken));
        if (result.IsSuccess)
        {
            TempData["Message"] = "目录信息已保存，已生成索引号。";
            return LocalRedirect($"/office/disclosure/catalog/{result.Value}");
        }

        await LoadChoicesAsync(cancellationToken);
        return Page();
    }
}

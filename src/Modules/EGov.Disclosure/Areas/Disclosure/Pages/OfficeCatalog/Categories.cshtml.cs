using EGov.Disclosure.Catalog.Categories;
using EGov.Disclosure.Contracts;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Disclosure.Areas.Disclosure.Pages.OfficeCatalog;

/// <summary>目录分类管理: add, rename, reorder, retire and restore categories.</summary>
[Authorize(Policy = "perm:" + DisclosurePermissions.Manage)]
internal sealed class CategoriesModel(CategoryHandler handler) : PageModel
{
    public IReadOnlyList<CategoryView> Categories { get; private set; } = [];

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public string? LegalBasis { get; set; }

    [BindProperty]
    public long Version { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Categories = await handler.ListAsync(activeOnly: false, cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
        => await DoneAsync(await handler.AddAsync(new CategoryFields(Name, Description, LegalBasis), cancellationToken), "已新增分类。", cancellationToken);

    public async Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken cancellationToken)
        => await DoneAsync(await handler.UpdateAsync(id, new CategoryFields(Name, Description, LegalBasis, Version: Version), cancellationToken), "已保存。", cancellationToken);

    public async Task<IActionResult> OnPostMoveAsync(Guid id, bool up, CancellationToken cancellationToken)
        => await DoneAsync(await handler.MoveAsync(id, up, cancellationToken), "已调整顺序。", cancellationToken);

    public async Task<IActionResult> OnPostActiveAsync(Guid id, bool active, CancellationToken cancellationToken)
        => await DoneAsync(await handler.SetActiveAsync(id, active, Version, cancellationToken), active ? "已恢复。" : "已停用。", cancellationToken);

    private async Task<IActionResult> DoneAsync(Result<Guid> result, string message, CancellationToken cancellationToken)
    {
        if (result.IsSuccess)
        {
            TempData["Message"] = message;
            return LocalRedirect("/office/disclosure/categories");
        }

        ModelState.AddError(result.Error!, prefix: "");
        await OnGetAsync(cancellationToken);
        return Page();
    }
}

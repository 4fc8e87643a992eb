using EGov.Disclosure.Agencies;
using EGov.Disclosure.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Disclosure.Areas.Disclosure.Pages.OfficeCatalog;

/// <summary>Edits one agency's guide data and 索引号 settings, with a version check.</summary>
[Authorize(Policy = "perm:" + DisclosurePermissions.Manage)]
internal sealed class AgencyModel(AgencySettingsHandler handler) : PageModel
{
    [BindProperty]
    public AgencySettingsFields Input { get; set; } = new();

    public string Name { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var view = await handler.FindAsync(code, cancellationToken);
        if (!view.IsSuccess)
        {
            return NotFound();
        }

        (Name, Input) = (view.Value.Name, view.Value.Settings);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        var saved = await handler.SaveAsync(code, Input, cancellationToken);
        if (saved.IsSuccess)
        {
            TempData["Message"] = $"{saved.Value.Name}的指南设置已保存。";
            return LocalRedirect("/office/disclosure/agencies");
        }

        var view = await handler.FindAsync(code, cancellationToken);
        if (!view.IsSuccess)
        {
            return NotFound();
        }

        Name = view.Value.Name;
        ModelState.AddError(saved.Error!);
        return Page();
    }
}

using EGov.Portal.Authoring;
using EGov.Portal.Authoring.Sites;
using EGov.Portal.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Portal.Areas.Portal.Pages.Authoring.Sites;

/// <summary>A site's name, host name, description, order and whether it is open.</summary>
[Authorize(Policy = "perm:" + PortalPermissions.Manage)]
internal sealed class EditModel(SiteQueries queries, SaveSiteHandler handler) : PageModel
{
    [BindProperty]
    public SiteInput Input { get; set; } = new();

    public SiteLine? Site { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var site = await queries.SiteAsync(id, cancellationToken);
        if (!site.IsSuccess)
        {
            return NotFound();
        }

        Site = site.Value;
        var s = site.Value;
        Input = new SiteInput { Name = s.Name, HostName = s.HostName, Description = s.Description, SortOrder = s.SortOrder, IsOpen = s.IsOpen, Version = s.Version, DepartmentId = s.DepartmentId, Code = s.Code };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var site = await queries.SiteAsync(id, cancellationToken);
        if (!site.IsSuccess)
        {
            return NotFound();
        }

        var saved = await handler.UpdateAsync(id, Input.ToFields(), cancellationToken);
        if (saved.IsSuccess)
        {
            TempData["Message"] = "站点设置已保存。";
            return LocalRedirect($"/office/portal/sites/{id}");
        }

        Site = site.Value;
        ModelState.AddError(saved.Error!);
        return Page();
    }
}

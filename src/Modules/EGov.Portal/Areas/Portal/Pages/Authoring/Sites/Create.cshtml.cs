using EGov.Platform.Data;
using EGov.Platform.Organization;
using EGov.Portal.Authoring;
using EGov.Portal.Authoring.Scope;
using EGov.Portal.Authoring.Sites;
using EGov.Portal.Contracts;
using EGov.Portal.Domain.Sites;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EGov.Portal.Areas.Portal.Pages.Authoring.Sites;

/// <summary>Opens a sub-site for a unit in the manager's scope that has none yet.</summary>
[Authorize(Policy = "perm:" + PortalPermissions.Manage)]
internal sealed class CreateModel(SaveSiteHandler handler, ManagerScope scope, IOrganizationDirectory directory, EGovDbContext db) : PageModel
{
    [BindProperty]
    public SiteInput Input { get; set; } = new();

    public IReadOnlyList<DepartmentInfo> Departments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var created = await handler.CreateAsync(Input.ToFields(), cancellationToken);
        if (created.IsSuccess)
        {
            TempData["Message"] = "子站已开设，请接着建立栏目。";
            return LocalRedirect($"/office/portal/sites/{created.Value}/channels");
        }

        ModelState.AddError(created.Error!);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var scopeSet = await scope.DepartmentsAsync(cancellationToken);
        var taken = await db.Set<Site>().Select(s => s.DepartmentId).ToListAsync(cancellationToken);
        Departments = (await directory.TreeAsync(cancellationToken)).Where(d => d.IsActive && scopeSet.Contains(d.Id) && !taken.Contains(d.Id)).ToList();
    }
}

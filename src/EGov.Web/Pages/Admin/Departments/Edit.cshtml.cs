using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Organization;
using EGov.Platform.Organization.Departments;
using EGov.Web.Pages.Account;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace EGov.Web.Pages.Admin.Departments;

/// <summary>Create or edit a department; choosing another parent moves it with its subtree.</summary>
[Authorize(Policy = "perm:" + PlatformPermissions.DepartmentsManage)]
internal sealed class EditModel(EGovDbContext db, SaveDepartmentHandler handler, IOrganizationDirectory directory) : PageModel
{
    [BindProperty]
    public DepartmentInput Input { get; set; } = new();

    public List<SelectListItem> Parents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id)
    {
        if (id is not null)
        {
            var d = await db.Set<Department>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id);
            if (d is null)
            {
                return NotFound();
            }

            Input = new DepartmentInput
            {
                Code = d.Code,
                Name = d.Name,
                ShortName = d.ShortName,
                Kind = d.Kind,
                ParentId = d.ParentId,
                SortOrder = d.SortOrder,
                IsActive = d.IsActive,
                Version = d.Version,
            };
        }

        Parents = await DepartmentOptions.LoadAsync(directory, Input.ParentId, activeOnly: false);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(
            new SaveDepartmentCommand(id, Input.Code, Input.Name, Input.ShortName, Input.Kind, Input.ParentId, Input.SortOrder, Input.IsActive, Input.Version),
            cancellationToken);
        if (result.IsSuccess)
        {
            return LocalRedirect("/admin/departments");
        }

        ModelState.AddError(result.Error!);
        Parents = await DepartmentOptions.LoadAsync(directory, Input.ParentId, activeOnly: false);
        return Page();
    }
}

internal sealed class DepartmentInput
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string ShortName { get; set; } = "";
    public DepartmentKind Kind { get; set; } = DepartmentKind.GovernmentDepartment;
    public Guid? ParentId { get; set; }
    public int SortOrder { get; set; }
    public bool IsActive { get; set; } = true;
    public long Version { get; set; }
}

using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Identity.Permissions;
using EGov.Platform.Identity.Roles;
using EGov.Web.Pages.Account;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EGov.Web.Pages.Admin.Roles;

/// <summary>Compose a business role from the business permissions the modules declare (安全管理员).</summary>
[Authorize(Policy = "perm:" + PlatformPermissions.RolesManage)]
internal sealed class EditModel(EGovDbContext db, SaveRoleHandler handler, PermissionCatalog catalog) : PageModel
{
    [BindProperty]
    public RoleInput Input { get; set; } = new();

    public bool IsAdminRole { get; private set; }

    public IEnumerable<IGrouping<string, PermissionDefinition>> Groups
        => (IsAdminRole ? catalog.All.Where(d => Input.Permissions.Contains(d.Name)) : catalog.Business).GroupBy(d => d.Group);

    public async Task<IActionResult> OnGetAsync(Guid? id)
    {
        if (id is not null)
        {
            var role = await db.Set<Role>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id);
            if (role is null)
            {
                return NotFound();
            }

            IsAdminRole = role.IsAdminRole;
            Input = new RoleInput { Code = role.Code, Name = role.Name, Description = role.Description, Permissions = role.Permissions, Version = role.Version };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(new SaveRoleCommand(id, Input.Code, Input.Name, Input.Description, Input.Permissions, Input.Version), cancellationToken);
        if (result.IsSuccess)
        {
            return LocalRedirect("/admin/roles");
        }

        ModelState.AddError(result.Error!);
        return Page();
    }
}

internal sealed class RoleInput
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public List<string> Permissions { get; set; } = [];
    public long Version { get; set; }
}

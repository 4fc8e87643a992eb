using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Identity.Roles;
using EGov.Platform.Organization;
using EGov.Platform.Organization.Departments;
using EGov.Platform.Organization.Scope;
using EGov.Platform.Results;
using EGov.Web.Pages.Account;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace EGov.Web.Pages.Admin.Roles;

/// <summary>Who holds which role in which department, and how far it reaches (安全管理员: 对主体进行授权).</summary>
[Authorize(Policy = "perm:" + PlatformPermissions.RolesAssign)]
internal sealed class AssignmentsModel(EGovDbContext db, AssignRoleHandler handler, IOrganizationDirectory directory) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty]
    public AssignmentInput Input { get; set; } = new();

    public List<AssignmentRow> Rows { get; private set; } = [];

    public List<SelectListItem> Roles { get; private set; } = [];

    public List<SelectListItem> Departments { get; private set; } = [];

    public string? Message { get; private set; }

    public Task OnGetAsync() => LoadAsync();

    public async Task OnPostAssignAsync(CancellationToken cancellationToken)
    {
        var result = await handler.AssignAsync(new AssignRoleCommand(Input.UserName, Input.RoleId, Input.DepartmentId, Input.Scope), cancellationToken);
        Done(result.IsSuccess ? Result.Success() : result.Error!, "已分配角色，对方下次登录或切换岗位后生效。");
        await LoadAsync();
    }

    public async Task OnPostRevokeAsync(Guid assignmentId, CancellationToken cancellationToken)
    {
        Done(await handler.RevokeAsync(assignmentId, cancellationToken), "已撤销角色，对方下次登录或切换岗位后生效。");
        await LoadAsync();
    }

    private void Done(Result result, string message)
    {
        if (result.IsSuccess)
        {
            Message = message;
            ModelState.Clear();
            Input = new AssignmentInput { UserName = Input.UserName };
        }
        else
        {
            ModelState.AddError(result.Error!);
        }
    }

    private async Task LoadAsync()
    {
        var q = Q?.Trim() ?? "";
        var query =
            from a in db.Set<RoleAssignment>()
            join u in db.Set<UserAccount>() on a.UserId equals u.Id
            join r in db.Set<Role>() on a.RoleId equals r.Id
            join d in db.Set<Department>() on a.DepartmentId equals d.Id into ds
            from d in ds.DefaultIfEmpty()
            where q == "" || u.UserName!.Contains(q) || u.DisplayName.Contains(q)
            orderby u.UserName
            select new AssignmentRow(a.Id, u.UserName!, u.DisplayName, r.Name, r.IsAdminRole, d == null ? null : d.Name, a.Scope);
        Rows = await query.Take(200).ToListAsync();
        Roles = await db.Set<Role>().Where(r => !r.IsAdminRole).OrderBy(r => r.Code)
            .Select(r => new SelectListItem(r.Name, r.Id.ToString())).ToListAsync();
        Departments = await DepartmentOptions.LoadAsync(directory, Input.DepartmentId);
    }
}

internal sealed record AssignmentRow(Guid Id, string UserName, string DisplayName, string RoleName, bool IsAdminRole, string? DepartmentName, AssignmentScope Scope);

internal sealed class AssignmentInput
{
    public string UserName { get; set; } = "";
    public Guid? RoleId { get; set; }
    public Guid? DepartmentId { get; set; }
    public AssignmentScope Scope { get; set; } = AssignmentScope.OwnDepartment;
}

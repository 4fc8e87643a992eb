using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Identity.Accounts;
using EGov.Platform.Organization;
using EGov.Platform.Organization.Positions;
using EGov.Platform.Results;
using EGov.Web.Pages.Account;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace EGov.Web.Pages.Admin.Accounts;

/// <summary>One account: its positions, deactivation and password reset (系统管理员).</summary>
[Authorize(Policy = "perm:" + PlatformPermissions.AccountsManage)]
internal sealed class DetailsModel(
    EGovDbContext db, PositionLookup positions, PositionsHandler positionsHandler, AccountLifecycleHandler lifecycle, IOrganizationDirectory directory) : PageModel
{
    public UserAccount? Account { get; private set; }

    public List<PositionView> Positions { get; private set; } = [];

    public List<SelectListItem> Departments { get; private set; } = [];

    [BindProperty]
    public PositionInput NewPosition { get; set; } = new();

    /// <summary>Shown once on the response to a reset.</summary>
    public string? OneTimePassword { get; private set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddPositionAsync(Guid id, CancellationToken cancellationToken)
        => await AfterAsync(id, await positionsHandler.AddAsync(new AddPositionCommand(id, NewPosition.DepartmentId, NewPosition.Title, NewPosition.IsPrimary), cancellationToken), "已添加岗位。");

    public async Task<IActionResult> OnPostRemovePositionAsync(Guid id, Guid positionId, CancellationToken cancellationToken)
        => await AfterAsync(id, await positionsHandler.RemoveAsync(positionId, cancellationToken), "已删除岗位及其在该部门的角色。");

    public async Task<IActionResult> OnPostSetActiveAsync(Guid id, bool active, CancellationToken cancellationToken)
        => await AfterAsync(id, await lifecycle.SetActiveAsync(id, active, cancellationToken), active ? "账号已启用。" : "账号已停用，其登录会话已全部结束。");

    public async Task<IActionResult> OnPostResetPasswordAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await lifecycle.ResetPasswordAsync(id, cancellationToken);
        if (result.IsSuccess)
        {
            Response.Headers.CacheControl = "no-store";
            OneTimePassword = result.Value;
        }

        return await AfterAsync(id, result.IsSuccess ? Result.Success() : result.Error!, null);
    }

    private async Task<IActionResult> AfterAsync(Guid id, Result result, string? message)
    {
        if (result.IsSuccess)
        {
            Message = message;
            NewPosition = new PositionInput();
            ModelState.Clear();
        }
        else
        {
            ModelState.AddError(result.Error!, nameof(NewPosition));
        }

        return await LoadAsync(id) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        Account = await db.Set<UserAccount>().AsNoTracking().FirstOrDefaultAsync(u => u.Id == id);
        if (Account is null)
        {
            return false;
        }

        Positions = await positions.ForUserAsync(id);
        Departments = await DepartmentOptions.LoadAsync(directory, NewPosition.DepartmentId);
        return true;
    }
}

internal sealed class PositionInput
{
    public Guid? DepartmentId { get; set; }
    public string Title { get; set; } = "";
    public bool IsPrimary { get; set; }
}

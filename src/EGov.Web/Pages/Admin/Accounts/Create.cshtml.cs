using EGov.Platform.Identity;
using EGov.Platform.Identity.Accounts;
using EGov.Platform.Organization;
using EGov.Web.Pages.Account;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace EGov.Web.Pages.Admin.Accounts;

[Authorize(Policy = "perm:" + PlatformPermissions.AccountsManage)]
internal sealed class CreateModel(CreateStaffAccountHandler handler, IOrganizationDirectory directory) : PageModel
{
    [BindProperty]
    public CreateStaffAccountInput Input { get; set; } = new();

    public List<SelectListItem> Departments { get; private set; } = [];

    /// <summary>Shown once on the response to the POST; never stored or redirected with.</summary>
    public CreatedAccount? Created { get; private set; }

    public async Task OnGetAsync() => Departments = await DepartmentOptions.LoadAsync(directory, Input.DepartmentId);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(new CreateStaffAccountCommand(Input.UserName, Input.DisplayName, Input.DepartmentId, Input.Title), cancellationToken);
        if (result.IsSuccess)
        {
            Response.Headers.CacheControl = "no-store";
            Created = result.Value;
        }
        else
        {
            ModelState.AddError(result.Error!);
        }

        Departments = await DepartmentOptions.LoadAsync(directory, Input.DepartmentId);
        return Page();
    }
}

internal sealed class CreateStaffAccountInput
{
    public string UserName { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public Guid? DepartmentId { get; set; }
    public string Title { get; set; } = "";
}

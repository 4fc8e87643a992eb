using EGov.Platform.Identity;
using EGov.Platform.Organization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Web.Pages.Admin.Departments;

[Authorize(Policy = "perm:" + PlatformPermissions.DepartmentsManage)]
internal sealed class IndexModel(IOrganizationDirectory directory) : PageModel
{
    public IReadOnlyList<DepartmentInfo> Tree { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Tree = await directory.TreeAsync(cancellationToken);
}

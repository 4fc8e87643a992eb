using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Identity.Roles;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EGov.Web.Pages.Admin.Roles;

[Authorize(Policy = "perm:" + PlatformPermissions.RolesManage)]
internal sealed class IndexModel(EGovDbContext db) : PageModel
{
    public List<Role> Roles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
        => Roles = await db.Set<Role>().AsNoTracking().OrderByDescending(r => r.IsAdminRole).ThenBy(r => r.Code).ToListAsync(cancellationToken);
}

using EGov.Platform.Data;
using EGov.Platform.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EGov.Web.Pages.Admin.Accounts;

[Authorize(Policy = "perm:" + PlatformPermissions.AccountsManage)]
internal sealed class IndexModel(EGovDbContext db) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public AccountKind? Kind { get; set; }

    public List<UserAccount> Accounts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = db.Set<UserAccount>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim();
            query = query.Where(u => u.UserName!.Contains(q) || u.DisplayName.Contains(q));
        }

        if (Kind is { } kind)
        {
            query = query.Where(u => u.Kind == kind);
        }

        Accounts = await query.OrderBy(u => u.Kind).ThenBy(u => u.UserName).Take(PageSize).ToListAsync(cancellationToken);
    }
}

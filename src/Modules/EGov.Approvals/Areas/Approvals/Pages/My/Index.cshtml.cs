using EGov.Approvals.Applications.Intake.Tracking;
using EGov.Platform.Identity;
using EGov.Platform.Identity.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Approvals.Areas.Approvals.Pages.My;

/// <summary>我的办件: the account's applications.</summary>
[Authorize(Policy = PlatformPolicies.Public)]
internal sealed class IndexModel(MyApplications mine) : PageModel
{
    public IReadOnlyList<MyApplicationLine> Lines { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Lines = await mine.ListAsync(User.AccountId()!.Value, cancellationToken);
}

using EGov.Approvals.Domain.Ratings;
using EGov.Approvals.Ratings.Rectifications;
using EGov.Platform.Identity.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Approvals.Areas.Approvals.Pages.OfficeRatings;

/// <summary>好差评整改: the rectifications in scope, most recent first, filtered by state.</summary>
[Authorize(Policy = PlatformPolicies.Staff)]
internal sealed class IndexModel(RectificationQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public RectificationState? State { get; set; }

    public IReadOnlyList<RectificationRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Rows = await queries.ListAsync(User, State, cancellationToken);
}

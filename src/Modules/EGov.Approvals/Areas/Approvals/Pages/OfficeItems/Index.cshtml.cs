using EGov.Approvals.Catalog.Editing;
using EGov.Approvals.Contracts;
using EGov.Approvals.Domain.Items;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Approvals.Areas.Approvals.Pages.OfficeItems;

/// <summary>The items of the departments in the editor's scope, by status.</summary>
[Authorize(Policy = "perm:" + ApprovalsPermissions.Catalog)]
internal sealed class IndexModel(StaffItemQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ItemStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<StaffItemRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Rows = await queries.ListAsync(Status, Q, cancellationToken);
}

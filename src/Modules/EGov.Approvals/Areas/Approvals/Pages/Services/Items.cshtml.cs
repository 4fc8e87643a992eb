using EGov.Approvals.Catalog.Public;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Approvals.Areas.Approvals.Pages.Services;

/// <summary>The published items by department, life event, business stage and text.</summary>
[AllowAnonymous]
internal sealed class ItemsModel(PublicItems items) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Department { get; set; }

    [BindProperty(SupportsGet = true, Name = "event")]
    public string? Event { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Stage { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<PublicItemRow> Rows { get; private set; } = [];
    public IReadOnlyList<DepartmentCount> Departments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Departments = await items.DepartmentsAsync(cancellationToken);
        Rows = await items.ListAsync(new PublicItemFilter(Department, Event, Stage, Q), cancellationToken);
    }
}

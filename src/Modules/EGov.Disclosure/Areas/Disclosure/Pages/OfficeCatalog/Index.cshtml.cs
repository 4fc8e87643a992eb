using EGov.Disclosure.Agencies;
using EGov.Disclosure.Catalog.Items;
using EGov.Disclosure.Contracts;
using EGov.Disclosure.Domain.Catalog;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Disclosure.Areas.Disclosure.Pages.OfficeCatalog;

/// <summary>The catalog items in scope, each unpublished 主动公开 item with its 第二十六条 due date; filter 逾期未公开.</summary>
[Authorize(Policy = "perm:" + DisclosurePermissions.Catalog)]
internal sealed class IndexModel(StaffCatalogQueries queries, AgencyDirectory agencies) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public CatalogItemStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>Read from the query: "page" is also the route value that names the Razor page.</summary>
    public int PageNumber => int.TryParse(Request.Query["page"].ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1;

    public StaffCatalogPage Result { get; private set; } = null!;
    public IReadOnlyDictionary<Guid, string> AgencyNames { get; private set; } = new Dictionary<Guid, string>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Result = await queries.ListAsync(new StaffCatalogFilter(null, Status, Overdue, Q, PageNumber), cancellationToken);
        AgencyNames = (await agencies.ListAsync(cancellationToken)).ToDictionary(a => a.DepartmentId, a => a.ShortName);
    }
}

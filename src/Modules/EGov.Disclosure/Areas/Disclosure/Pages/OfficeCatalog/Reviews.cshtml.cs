using EGov.Disclosure.Agencies;
using EGov.Disclosure.Catalog.Items;
using EGov.Disclosure.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Disclosure.Areas.Disclosure.Pages.OfficeCatalog;

/// <summary>公开保密审查: the items waiting for the reviewer, oldest first.</summary>
[Authorize(Policy = "perm:" + DisclosurePermissions.ConfidentialityReview)]
internal sealed class ReviewsModel(StaffCatalogQueries queries, AgencyDirectory agencies) : PageModel
{
    public IReadOnlyList<StaffCatalogRow> Items { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> AgencyNames { get; private set; } = new Dictionary<Guid, string>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Items = await queries.ReviewQueueAsync(cancellationToken);
        AgencyNames = (await agencies.ListAsync(cancellationToken)).ToDictionary(a => a.DepartmentId, a => a.ShortName);
    }
}

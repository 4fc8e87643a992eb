using EGov.Disclosure.Agencies;
using EGov.Disclosure.Catalog.Public;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Disclosure.Areas.Disclosure.Pages.Home;

/// <summary>信息公开 home: the agencies in groups with their guide and catalog, the request links, the latest items.</summary>
[AllowAnonymous]
internal sealed class IndexModel(PublicAgencies agencies, PublicCatalog catalog) : PageModel
{
    public IReadOnlyList<IGrouping<string, PublicAgency>> Groups { get; private set; } = [];
    public IReadOnlyList<PublicCatalogRow> Latest { get; private set; } = [];

    private static readonly string[] GroupOrder = [PublicAgencies.Government, PublicAgencies.Departments, PublicAgencies.Streets];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Groups = [.. (await agencies.ListAsync(cancellationToken)).GroupBy(a => a.Group).OrderBy(g => Array.IndexOf(GroupOrder, g.Key))];
        Latest = await catalog.LatestAsync(10, cancellationToken);
    }
}

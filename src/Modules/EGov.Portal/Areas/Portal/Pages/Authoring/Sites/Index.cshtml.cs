using EGov.Portal.Authoring.Sites;
using EGov.Portal.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Portal.Areas.Portal.Pages.Authoring.Sites;

[Authorize(Policy = "perm:" + PortalPermissions.Manage)]
internal sealed class IndexModel(SiteQueries queries) : PageModel
{
    public IReadOnlyList<SiteLine> Sites { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Sites = await queries.SitesAsync(cancellationToken);
}

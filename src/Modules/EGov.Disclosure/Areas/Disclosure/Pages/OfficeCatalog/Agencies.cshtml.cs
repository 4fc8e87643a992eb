using EGov.Disclosure.Agencies;
using EGov.Disclosure.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Disclosure.Areas.Disclosure.Pages.OfficeCatalog;

/// <summary>公开指南设置: the agencies whose disclosure office is in the manager's scope.</summary>
[Authorize(Policy = "perm:" + DisclosurePermissions.Manage)]
internal sealed class AgenciesModel(AgencySettingsHandler handler) : PageModel
{
    public IReadOnlyList<AgencySettingsView> Agencies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Agencies = await handler.ListAsync(cancellationToken);
}

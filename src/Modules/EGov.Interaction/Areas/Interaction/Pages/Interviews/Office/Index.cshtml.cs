using EGov.Interaction.Contracts;
using EGov.Interaction.Interviews;
using EGov.Platform.Identity.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Interaction.Areas.Interaction.Pages.Interviews.Office;

/// <summary>The interviews of the editor's departments, drafts included.</summary>
[Authorize(Policy = PlatformPolicies.PermissionPrefix + InteractionPermissions.Consult)]
internal sealed class OfficeIndexModel(InterviewQueries queries) : PageModel
{
    public IReadOnlyList<InterviewSummary> Interviews { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Interviews = await queries.OfficeListAsync(cancellationToken);
}

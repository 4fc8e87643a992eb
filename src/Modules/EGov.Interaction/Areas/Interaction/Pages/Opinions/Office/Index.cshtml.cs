using EGov.Interaction.Contracts;
using EGov.Interaction.Opinions.Feedback;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Interaction.Areas.Interaction.Pages.Opinions.Office;

/// <summary>The collections of the editor's departments.</summary>
[Authorize(Policy = "perm:" + InteractionPermissions.Consult)]
internal sealed class IndexModel(StaffCollections collections) : PageModel
{
    public IReadOnlyList<StaffCollectionRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Rows = await collections.ListAsync(cancellationToken);
}

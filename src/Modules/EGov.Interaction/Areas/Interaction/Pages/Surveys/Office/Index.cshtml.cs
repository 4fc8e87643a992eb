using EGov.Interaction.Contracts;
using EGov.Interaction.Surveys;
using EGov.Interaction.Surveys.Editing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Interaction.Areas.Interaction.Pages.Surveys.Office;

/// <summary>The surveys of the editor's departments.</summary>
[Authorize(Policy = "perm:" + InteractionPermissions.Consult)]
internal sealed class IndexModel(SurveyFinder finder, PublicSurveys surveys) : PageModel
{
    public IReadOnlyList<SurveyRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Rows = await surveys.ListAsync(await finder.InScopeAsync(cancellationToken), cancellationToken);
}

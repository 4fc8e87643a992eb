using EGov.Interaction.Surveys;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Interaction.Areas.Interaction.Pages.Surveys;

/// <summary>在线调查 on the portal.</summary>
[AllowAnonymous]
internal sealed class IndexModel(PublicSurveys surveys) : PageModel
{
    public IReadOnlyList<SurveyRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Rows = await surveys.ListAsync(null, cancellationToken);
}

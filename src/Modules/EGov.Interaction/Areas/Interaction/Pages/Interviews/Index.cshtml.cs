using EGov.Interaction.Domain.Interviews;
using EGov.Interaction.Interviews;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Interaction.Areas.Interaction.Pages.Interviews;

/// <summary>在线访谈: live now, coming up, and the archive of past interviews.</summary>
[AllowAnonymous]
internal sealed class IndexModel(InterviewQueries queries) : PageModel
{
    public IReadOnlyList<InterviewSummary> Live { get; private set; } = [];
    public IReadOnlyList<InterviewSummary> Upcoming { get; private set; } = [];
    public IReadOnlyList<InterviewSummary> Past { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var all = await queries.PublicListAsync(cancellationToken);
        Live = [.. all.Where(i => i.State == InterviewState.Live)];
        Upcoming = [.. all.Where(i => i.State == InterviewState.Announced).OrderBy(i => i.StartsAt)];
        Past = [.. all.Where(i => i.State == InterviewState.Ended)];
    }
}

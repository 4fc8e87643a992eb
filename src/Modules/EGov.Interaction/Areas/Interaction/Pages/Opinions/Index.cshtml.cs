using EGov.Interaction.Opinions.Public;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Interaction.Areas.Interaction.Pages.Opinions;

/// <summary>意见征集 on the portal: open now, closed, or with the 采纳情况 published.</summary>
[AllowAnonymous]
internal sealed class IndexModel(PublicCollections collections) : PageModel
{
    public CollectionFilter Filter { get; private set; }

    public IReadOnlyList<CollectionRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(string? state, CancellationToken cancellationToken)
    {
        Filter = state switch { "closed" => CollectionFilter.Closed, "feedback" => CollectionFilter.WithFeedback, _ => CollectionFilter.Open };
        Rows = await collections.ListAsync(Filter, cancellationToken);
    }
}

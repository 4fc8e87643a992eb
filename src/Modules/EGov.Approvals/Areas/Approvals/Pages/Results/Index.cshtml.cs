using System.Globalization;
using EGov.Approvals.Publication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace EGov.Approvals.Areas.Approvals.Pages.Results;

/// <summary>结果公示: the same <see cref="ResultPublication"/> as <c>GET /api/v1/approvals/results</c>.</summary>
[AllowAnonymous]
internal sealed class IndexModel(ResultPublication publication, ResultFilters filters) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Department { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Item { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public ResultPage Result { get; private set; } = new([], 0, 1, 0);

    public ResultFilterOptions Options { get; private set; } = new([], []);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // "page" is Razor Pages' own route value, so the page number is read from the query by hand.
        var page = int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 1;
        Result = await publication.QueryAsync(new ResultFilter(Department, Item, Q, page), cancellationToken);
        Options = await filters.ListAsync(cancellationToken);
    }

    public string Query(int? page = null) => QueryHelpers.AddQueryString("", new Dictionary<string, string?>
    {
        ["department"] = Department,
        ["item"] = Item?.ToString(),
        ["q"] = Q,
        ["page"] = page?.ToString(CultureInfo.InvariantCulture),
    }.Where(kv => !string.IsNullOrEmpty(kv.Value)));
}

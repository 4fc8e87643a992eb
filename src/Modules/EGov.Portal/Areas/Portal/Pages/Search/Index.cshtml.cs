using EGov.Platform.Data;
using EGov.Portal.Domain.Sites;
using EGov.Portal.Search.Querying;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace EGov.Portal.Areas.Portal.Pages.Search;

/// <summary>站内搜索: the same <see cref="SearchHandler"/> as <c>GET /api/v1/search</c>.</summary>
[AllowAnonymous]
internal sealed class IndexModel(SearchHandler handler, EGovDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    /// <summary>From the query string by hand: Razor Pages keeps the route value <c>page</c> for the page's own name.</summary>
    public string? PageNumber => Request.Query["page"].FirstOrDefault();

    [BindProperty(SupportsGet = true)]
    public string? Site { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Channel { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    public SearchResults? Results { get; private set; }
    public string? ErrorMessage { get; private set; }
    public IReadOnlyList<(string Code, string Name)> Sites { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Sites = (await db.Set<Site>().AsNoTracking().Where(s => s.IsOpen).OrderBy(s => s.SortOrder).ThenBy(s => s.Name)
            .Select(s => new { s.Code, s.Name }).ToListAsync(cancellationToken)).Select(s => (s.Code, s.Name)).ToList();
        if (!Request.Query.ContainsKey("q"))
        {
            return;
        }

        var result = handler.Search(new SearchRequest(Q, PageNumber) { Site = Site, Channel = Channel, Type = Type, From = From, To = To, Sort = Sort });
        if (result.IsSuccess)
        {
            Results = result.Value;
        }
        else
        {
            ErrorMessage = result.Error!.Message;
        }
    }

    public string Link(int page, string? q = null) => QueryHelpers.AddQueryString("/search", new Dictionary<string, string?>
    {
        ["q"] = q ?? Q,
        ["site"] = Site,
        ["channel"] = Channel,
        ["type"] = Type,
        ["from"] = From,
        ["to"] = To,
        ["sort"] = Sort,
        ["page"] = page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
    }.Where(p => !string.IsNullOrEmpty(p.Value)));
}

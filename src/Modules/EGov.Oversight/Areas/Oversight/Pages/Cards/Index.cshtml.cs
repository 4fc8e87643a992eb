using EGov.Oversight.Cards;
using EGov.Oversight.Cards.Api;
using EGov.Oversight.Cards.Reading;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Organization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Oversight.Areas.Oversight.Pages.Cards;

/// <summary>黄牌红牌 in the reader's scope, filtered, with the minutes left to (or past) the due instant.</summary>
[Authorize(Policy = PlatformPolicies.Staff)]
internal sealed class IndexModel(CardFilterParser parser, CardQueries query, CardNaming naming, IOrganizationDirectory organization) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public CardFilterInput Filter { get; set; } = new();

    /// <summary>The page number, as <c>p</c>: Razor Pages keep the route value <c>page</c> for the page's own path.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    public CardPage Result { get; private set; } = new([], 0, 1, CardQueries.PageSize);

    public CardNaming Naming => naming;

    public IReadOnlyList<DepartmentInfo> Departments { get; private set; } = [];

    public string ExportLink => $"{CardsApi.ExportUrl}?{Filter.Query()}";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!CardScope.MayRead(User))
        {
            return Forbid();
        }

        Departments = [.. (await organization.TreeAsync(cancellationToken)).Where(d => d.IsActive)];
        var filter = await parser.ParseAsync(Filter with { Page = PageNumber }, cancellationToken);
        if (!filter.IsSuccess)
        {
            ModelState.AddModelError("", filter.Error!.Message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Result = await query.ListAsync(filter.Value, cancellationToken);
        return Page();
    }

    /// <summary>The first and last page and those near the current one: a scan may raise thousands of cards.</summary>
    public IEnumerable<int> PageNumbers => Enumerable.Range(1, Result.Pages)
        .Where(p => p == 1 || p == Result.Pages || Math.Abs(p - Result.Page) <= 4);

    public string Link(int page) => $"?{Filter.Query()}&p={page}";
}

using System.Globalization;
using EGov.Disclosure.Agencies;
using EGov.Disclosure.Catalog.Categories;
using EGov.Disclosure.Catalog.Public;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Disclosure.Areas.Disclosure.Pages.Catalog;

/// <summary>政府信息公开目录: filter by agency, category, year and keyword (条例 第二十四条: 检索、查阅).</summary>
[AllowAnonymous]
internal sealed class IndexModel(PublicCatalog catalog, PublicAgencies agencies, CategoryHandler categories) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Agency { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>Read from the query: "page" is also the route value that names the Razor page.</summary>
    public int PageNumber => int.TryParse(Request.Query["page"].ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1;

    public PublicCatalogPage Result { get; private set; } = null!;
    public IReadOnlyList<PublicAgency> Agencies { get; private set; } = [];
    public IReadOnlyList<CategoryView> Categories { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Agencies = await agencies.ListAsync(cancellationToken);
        Categories = await categories.ListAsync(activeOnly: true, cancellationToken);
        Result = await catalog.ListAsync(new PublicCatalogFilter(Agency, Category, Year, Q, PageNumber), cancellationToken);
    }

    public string PageUrl(int page)
    {
        var values = new Dictionary<string, string?>
        {
            ["agency"] = Agency,
            ["category"] = Category,
            ["year"] = Year?.ToString(CultureInfo.InvariantCulture),
            ["q"] = Q,
            ["page"] = page.ToString(CultureInfo.InvariantCulture),
        };
        return "/disclosure/catalog" + QueryString.Create(values.Where(v => !string.IsNullOrEmpty(v.Value))).ToUriComponent();
    }
}

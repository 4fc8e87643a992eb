using System.Globalization;
using EGov.Approvals.Licences.Api;
using EGov.Approvals.Licences.Revocation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace EGov.Approvals.Areas.Approvals.Pages.OfficeLicences;

/// <summary>电子证照 in the user's scope: the same <see cref="StaffLicenceList"/> as <c>GET /api/v1/approvals/office/licences</c>.</summary>
[Authorize(Policy = OfficeLicenceApi.Policy)]
internal sealed class IndexModel(StaffLicenceList list) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public StaffLicencePage Result { get; private set; } = new([], 0, 1, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // "page" is Razor Pages' own route value, so the page number is read from the query by hand.
        var page = int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 1;
        Result = await list.QueryAsync(new StaffLicenceFilter(Status, null, Q, page), cancellationToken);
    }

    public string Query(int? page = null) => QueryHelpers.AddQueryString("", new Dictionary<string, string?>
    {
        ["status"] = Status,
        ["q"] = Q,
        ["page"] = page?.ToString(CultureInfo.InvariantCulture),
    }.Where(kv => !string.IsNullOrEmpty(kv.Value)));
}

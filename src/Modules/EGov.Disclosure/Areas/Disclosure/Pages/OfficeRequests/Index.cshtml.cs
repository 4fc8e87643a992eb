using System.Globalization;
using EGov.Disclosure.Agencies;
using EGov.Disclosure.Domain.Requests;
using EGov.Disclosure.Requests.Intake.Api;
using EGov.Disclosure.Requests.Intake.Staff;
using EGov.Platform.Clocks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace EGov.Disclosure.Areas.Disclosure.Pages.OfficeRequests;

/// <summary>依申请公开 list: the same <see cref="StaffRequestList"/> as <c>GET /api/v1/disclosure/requests</c>.</summary>
[Authorize(Policy = IntakePolicies.ReadRequests)]
internal sealed class IndexModel(StaffRequestList list, AgencyDirectory agencies) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public RequestState? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Agency { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Number { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Due { get; set; }

    public StaffRequestPage Result { get; private set; } = new([], 0, 1, StaffRequestList.PageSize);

    public IReadOnlyList<(string Code, string Name)> Agencies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // "page" is Razor Pages' own route value, so the page number is read from the query by hand.
        var page = int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 1;
        Result = await list.QueryAsync(User, new StaffRequestFilter(State, Agency, Number, Due, page), cancellationToken);
        Agencies = [.. (await agencies.ListAsync(cancellationToken)).Select(a => (a.Code, a.Name))];
    }

    /// <summary>The current filters as a query string, for paging and the export link.</summary>
    public string Query(int? page = null) => QueryHelpers.AddQueryString("", new Dictionary<string, string?>
    {
        ["state"] = State?.ToString(),
        ["agency"] = Agency,
        ["number"] = Number,
        ["due"] = Due,
        ["page"] = page?.ToString(CultureInfo.InvariantCulture),
    }.Where(kv => !string.IsNullOrEmpty(kv.Value)));

    public static string LevelClass(WarningLevel? level) => level switch
    {
        WarningLevel.Overdue => "level-overdue",
        WarningLevel.Warning => "level-warning",
        WarningLevel.Normal => "level-normal",
        _ => "text-muted",
    };
}

using System.Text.Json;
using EGov.Disclosure.Reports.Statistics;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using EGov.Platform.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Disclosure.Areas.Disclosure.Pages.OfficeReports;

/// <summary>公开统计: requests by state, overdue, average working days to conclusion, per agency and month, as charts and tables.</summary>
[Authorize(Policy = PlatformPolicies.Staff)]
internal sealed class StatisticsModel(StatisticsHandler handler, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public RequestStatistics Statistics { get; private set; } = null!;

    public string? Problem { get; private set; }

    public IEnumerable<int> Years => Enumerable.Range(0, 5).Select(i => ChinaTime.Today(time).Year - i);

    /// <summary>The chart data for the script (a JSON block, not inline code, under the CSP).</summary>
    public string ChartJson => JsonSerializer.Serialize(new
    {
        months = Statistics.ByMonth.Select(m => $"{m.Month}月"),
        received = Statistics.ByMonth.Select(m => m.Received),
        concluded = Statistics.ByMonth.Select(m => m.Concluded),
        states = Statistics.ByState.Where(s => s.Count > 0).Select(s => new { name = s.Name, value = s.Count }),
    });

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await handler.QueryAsync(Year, cancellationToken);
        if (!result.IsSuccess)
        {
            if (result.Error!.Kind == ErrorKind.Forbidden)
            {
                return Forbid();
            }

            Problem = result.Error.Message;
            result = await handler.QueryAsync(null, cancellationToken);
        }

        Statistics = result.Value;
        Year = Statistics.Year;
        return Page();
    }
}

using System.Text.Json;
using EGov.Platform.Results;
using EGov.Portal.Contracts;
using EGov.Portal.Monitoring.Sites;
using EGov.Portal.Monitoring.Statistics;
using EGov.Portal.Monitoring.Workbooks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Portal.Areas.Portal.Pages.Monitoring;

/// <summary>访问统计: daily page views as a chart and a table, the most read articles and channels, Excel export.</summary>
[Authorize(Policy = "perm:" + PortalPermissions.Monitor)]
internal sealed class StatisticsModel(MonitoredSites sites, StatisticsHandler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Site { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public IReadOnlyList<MonitoredSite> Sites { get; private set; } = [];

    public SiteStatistics? Statistics { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>The daily series for the chart script (<c>data-series</c>): no inline script under the CSP.</summary>
    public string ChartData => Statistics is null ? "[]" : JsonSerializer.Serialize(
        Statistics.Daily.Select(d => new object[] { d.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), d.Count }));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Sites = await sites.InScopeAsync(cancellationToken);
        var result = await handler.QueryAsync(Site, From, To, cancellationToken);
        if (!result.IsSuccess)
        {
            Problem = result.Error!.Message;
            return result.Error.Kind switch
            {
                ErrorKind.Forbidden when Sites.Count > 0 => StatusCode(403),
                ErrorKind.NotFound => NotFound(),
                _ => Page(),
            };
        }

        Statistics = result.Value;
        (Site, From, To) = (Statistics.SiteCode, Statistics.From, Statistics.To);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var result = await handler.QueryAsync(Site, From, To, cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error!.Kind switch
            {
                ErrorKind.Forbidden => StatusCode(403),
                ErrorKind.NotFound => NotFound(),
                _ => BadRequest(result.Error.Message),
            };
        }

        var s = result.Value;
        return File(StatisticsWorkbook.Create(s), Sheet.ContentType, $"访问统计-{s.SiteCode}-{s.From:yyyyMMdd}-{s.To:yyyyMMdd}.xlsx");
    }
}

using EGov.Portal.Contracts;
using EGov.Portal.Monitoring;
using EGov.Portal.Monitoring.Health;
using EGov.Portal.Monitoring.Sites;
using EGov.Portal.Monitoring.Workbooks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Portal.Areas.Portal.Pages.Monitoring;

/// <summary>网站健康检查: the inspection indicators of one site in the monitor's scope, with an Excel export.</summary>
[Authorize(Policy = "perm:" + PortalPermissions.Monitor)]
internal sealed class HealthModel(MonitoredSites sites, HealthReportHandler handler, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Site { get; set; }

    public IReadOnlyList<MonitoredSite> Sites { get; private set; } = [];

    public SiteHealthReport? Report { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Sites = await sites.InScopeAsync(cancellationToken);
        if (Sites.Count == 0 && string.IsNullOrWhiteSpace(Site))
        {
            Problem = MonitoringErrors.NoSiteInScope.Message;
            return Page();
        }

        var result = await handler.ReportAsync(string.IsNullOrWhiteSpace(Site) ? Sites[0].Code : Site, cancellationToken);
        if (!result.IsSuccess)
        {
            Problem = result.Error!.Message;
            return result.Error.Kind == Platform.Results.ErrorKind.Forbidden ? StatusCode(403) : NotFound();
        }

        Report = result.Value[0];
        Site = Report.SiteCode;
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var result = await handler.ReportAsync(Site, cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error!.Kind == Platform.Results.ErrorKind.Forbidden ? StatusCode(403) : NotFound();
        }

        var name = $"网站健康检查-{Site ?? "全部站点"}-{time.GetUtcNow():yyyyMMdd}.xlsx";
        return File(HealthWorkbook.Create(result.Value), Sheet.ContentType, name);
    }
}

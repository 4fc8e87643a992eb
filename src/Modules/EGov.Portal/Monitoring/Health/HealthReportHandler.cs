using EGov.Platform.Results;
using EGov.Portal.Monitoring.Sites;

namespace EGov.Portal.Monitoring.Health;

/// <summary>网站健康检查: the report of one site, or of every site in the user's scope. Used by the page and the API.</summary>
internal sealed class HealthReportHandler(MonitoredSites sites, SiteHealthCheck check)
{
    public async Task<Result<IReadOnlyList<SiteHealthReport>>> ReportAsync(string? siteCode, CancellationToken cancellationToken)
    {
        IReadOnlyList<MonitoredSite> targets;
        if (string.IsNullOrWhiteSpace(siteCode))
        {
            targets = await sites.InScopeAsync(cancellationToken);
        }
        else
        {
            var site = await sites.FindAsync(siteCode, cancellationToken);
            if (!site.IsSuccess)
            {
                return site.Error!;
            }

            targets = [site.Value];
        }

        var reports = new List<SiteHealthReport>(targets.Count);
        foreach (var target in targets)
        {
            reports.Add(await check.CheckAsync(target, cancellationToken));
        }

        return Result<IReadOnlyList<SiteHealthReport>>.Success(reports);
    }
}

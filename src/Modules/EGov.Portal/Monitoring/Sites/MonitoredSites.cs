using EGov.Platform.Data;
using EGov.Platform.Organization.Scope;
using EGov.Platform.Results;
using EGov.Portal.Contracts;
using EGov.Portal.Domain.Sites;
using Microsoft.EntityFrameworkCore;

namespace EGov.Portal.Monitoring.Sites;

/// <summary>The sites whose 主办单位 is in the user's scope for <c>portal.monitor</c>; deny by default.</summary>
internal sealed class MonitoredSites(EGovDbContext db, IDepartmentScope scope)
{
    public async Task<IReadOnlyList<MonitoredSite>> InScopeAsync(CancellationToken cancellationToken)
    {
        var departments = await scope.ForPermissionAsync(PortalPermissions.Monitor, cancellationToken);
        if (departments.IsEmpty)
        {
            return [];
        }

        return await db.Set<Site>().WhereInScope(departments, s => s.DepartmentId)
            .OrderByDescending(s => s.IsPortal).ThenBy(s => s.SortOrder).ThenBy(s => s.Code)
            .Select(s => new MonitoredSite(s.Id, s.Code, s.Name, s.IsPortal, s.HomeUpdatedAt, s.DepartmentId))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The site with <paramref name="code"/>, or the first in scope when none is asked for.</summary>
    public async Task<Result<MonitoredSite>> FindAsync(string? code, CancellationToken cancellationToken)
    {
        var departments = await scope.ForPermissionAsync(PortalPermissions.Monitor, cancellationToken);
        if (string.IsNullOrWhiteSpace(code))
        {
            var all = await InScopeAsync(cancellationToken);
            return all.Count == 0 ? MonitoringErrors.NoSiteInScope : all[0];
        }

        var site = await db.Set<Site>().Where(s => s.Code == code)
            .Select(s => new { s.DepartmentId, Site = new MonitoredSite(s.Id, s.Code, s.Name, s.IsPortal, s.HomeUpdatedAt, s.DepartmentId) })
            .FirstOrDefaultAsync(cancellationToken);
        if (site is null)
        {
            return departments.IsEmpty ? MonitoringErrors.SiteOutOfScope : MonitoringErrors.SiteNotFound;
        }

        return departments.Contains(site.DepartmentId) ? site.Site : MonitoringErrors.SiteOutOfScope;
    }
}

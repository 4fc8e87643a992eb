using EGov.Platform.Data;
using EGov.Platform.Organization.Scope;
using EGov.Platform.Results;
using EGov.Portal.Contracts;
using EGov.Portal.Domain.Sites;
using Microsoft.EntityFrameworkCore;

namespace EGov.Portal.Authoring.Scope;

/// <summary>The sites a manager (<c>portal.manage</c>) may administer: those whose 主办单位 is in their department scope.</summary>
internal sealed class ManagerScope(EGovDbContext db, IDepartmentScope departments)
{
    private DepartmentSet? _set;

    public async Task<DepartmentSet> DepartmentsAsync(CancellationToken cancellationToken = default)
        => _set ??= await departments.ForPermissionAsync(PortalPermissions.Manage, cancellationToken);

    public async Task<IQueryable<Site>> SitesAsync(CancellationToken cancellationToken = default)
        => db.Set<Site>().WhereInScope(await DepartmentsAsync(cancellationToken), s => s.DepartmentId);

    /// <summary>The tracked site, if it exists and is in scope.</summary>
    public async Task<Result<Site>> SiteAsync(Guid siteId, CancellationToken cancellationToken = default)
    {
        var site = await (await SitesAsync(cancellationToken)).FirstOrDefaultAsync(s => s.Id == siteId, cancellationToken);
        return site is null ? AuthoringErrors.SiteNotFound : site;
    }
}

using System.Security.Claims;
using EGov.Disclosure.Domain.Catalog;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Organization.Scope;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace EGov.Disclosure.Catalog.Items;

/// <summary>
/// Staff reach catalog items only through their department scope for a permission: the items whose disclosure office
/// (<see cref="CatalogItem.OfficeDepartmentId"/>) is in it.
/// </summary>
internal sealed class CatalogAccess(EGovDbContext db, IDepartmentScope scope, IHttpContextAccessor http)
{
    public ClaimsPrincipal User => http.HttpContext?.User ?? new ClaimsPrincipal();

    public Guid? UserId => User.AccountId();

    public string UserName => User.FindFirstValue(PlatformClaims.DisplayName) is { Length: > 0 } name ? name : User.Identity?.Name ?? "";

    public Task<DepartmentSet> ScopeAsync(string permission, CancellationToken cancellationToken) => scope.ForPermissionAsync(permission, cancellationToken);

    public async Task<IQueryable<CatalogItem>> InScopeAsync(string permission, CancellationToken cancellationToken)
        => db.Set<CatalogItem>().WhereInScope(await scope.ForPermissionAsync(permission, cancellationToken), i => i.OfficeDepartmentId);

    /// <summary>The item for a staff action (tracked), or null when it does not exist or lies outside the scope.</summary>
    public async Task<CatalogItem?> FindAsync(Guid id, string permission, CancellationToken cancellationToken)
        => await (await InScopeAsync(permission, cancellationToken)).SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
}

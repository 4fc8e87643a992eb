using EGov.Approvals.Contracts;
using EGov.Approvals.Domain.Items;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Organization.Scope;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Catalog.Editing;

/// <summary>Staff reach service items only through their scope for <c>approvals.catalog</c>: the items whose implementing department is in it.</summary>
internal sealed class ItemAccess(EGovDbContext db, IDepartmentScope scope, IHttpContextAccessor http)
{
    public Guid? UserId => http.HttpContext?.User.AccountId();

    public Task<DepartmentSet> ScopeAsync(CancellationToken cancellationToken) => scope.ForPermissionAsync(ApprovalsPermissions.Catalog, cancellationToken);

    public async Task<IQueryable<ServiceItem>> InScopeAsync(CancellationToken cancellationToken)
        => db.Set<ServiceItem>().WhereInScope(await ScopeAsync(cancellationToken), i => i.DepartmentId);

    /// <summary>The item with its materials, steps and fields for an edit (tracked), or null when missing or outside the scope.</summary>
    public async Task<ServiceItem?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var item = await (await InScopeAsync(cancellationToken)).Include(i => i.Materials).Include(i => i.Steps).Include(i => i.Fields)
            .AsSplitQuery().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        return item is null ? null : ItemCatalog.InOrder(item);
    }
}

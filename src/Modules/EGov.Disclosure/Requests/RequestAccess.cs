using EGov.Disclosure.Domain.Requests;
using EGov.Platform.Data;
using EGov.Platform.Organization.Scope;
using Microsoft.EntityFrameworkCore;

namespace EGov.Disclosure.Requests;

/// <summary>
/// Staff reach requests only through their department scope for a permission: the requests whose handling office
/// is in it. Every staff query and every staff action starts here.
/// </summary>
internal sealed class RequestAccess(EGovDbContext db, IDepartmentScope scope)
{
    public async Task<IQueryable<DisclosureRequest>> InScopeAsync(string permission, CancellationToken cancellationToken = default)
        => db.Set<DisclosureRequest>().WhereInScope(await scope.ForPermissionAsync(permission, cancellationToken), r => r.HandlingDepartmentId);

    /// <summary>The request for a staff action (tracked), or null when it does not exist or lies outside the scope.</summary>
    public async Task<DisclosureRequest?> FindAsync(Guid id, string permission, CancellationToken cancellationToken = default)
        => await (await InScopeAsync(permission, cancellationToken)).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
}

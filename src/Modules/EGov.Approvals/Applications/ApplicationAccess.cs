using EGov.Approvals.Domain.Applications;
using EGov.Platform.Data;
using EGov.Platform.Organization.Scope;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Applications;

/// <summary>
/// Staff reach applications only through their department scope for a permission: the applications whose
/// implementing department is in it. Every staff query and every staff action starts here.
/// </summary>
internal sealed class ApplicationAccess(EGovDbContext db, IDepartmentScope scope)
{
    public async Task<IQueryable<Application>> InScopeAsync(string permission, CancellationToken cancellationToken = default)
        => db.Set<Application>().WhereInScope(await scope.ForPermissionAsync(permission, cancellationToken), a => a.DepartmentId);

    /// <summary>The application for a staff action (tracked), or null when it does not exist or lies outside the scope.</summary>
    public async Task<Application?> FindAsync(Guid id, string permission, CancellationToken cancellationToken = default)
        => await (await InScopeAsync(permission, cancellationToken)).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);

    /// <summary>The signed-in applicant's own application (tracked), or null.</summary>
    public Task<Application?> FindOwnAsync(Guid id, Guid accountId, CancellationToken cancellationToken = default)
        => db.Set<Application>().SingleOrDefaultAsync(a => a.Id == id && a.AccountId == accountId, cancellationToken);
}

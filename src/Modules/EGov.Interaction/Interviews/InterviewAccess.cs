using EGov.Interaction.Contracts;
using EGov.Interaction.Domain.Interviews;
using EGov.Platform.Data;
using EGov.Platform.Organization.Scope;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Interviews;

/// <summary>Staff reach the interviews of the departments in their <c>interaction.consult</c> scope.</summary>
internal sealed class InterviewAccess(EGovDbContext db, IDepartmentScope scope)
{
    public async Task<IQueryable<OnlineInterview>> InScopeAsync(CancellationToken cancellationToken = default)
        => db.Set<OnlineInterview>().WhereInScope(await scope.ForPermissionAsync(InteractionPermissions.Consult, cancellationToken), i => i.DepartmentId);

    /// <summary>The interview for a staff action (tracked), or null when it does not exist or lies outside the scope.</summary>
    public async Task<OnlineInterview?> FindAsync(Guid id, CancellationToken cancellationToken = default)
        => await (await InScopeAsync(cancellationToken)).SingleOrDefaultAsync(i => i.Id == id, cancellationToken);

    public async Task<bool> CoversAsync(Guid departmentId, CancellationToken cancellationToken = default)
        => (await scope.ForPermissionAsync(InteractionPermissions.Consult, cancellationToken)).Contains(departmentId);
}

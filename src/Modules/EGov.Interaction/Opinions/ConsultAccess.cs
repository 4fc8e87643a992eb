using EGov.Interaction.Contracts;
using EGov.Platform.Identity;
using EGov.Platform.Organization.Scope;
using Microsoft.AspNetCore.Http;

namespace EGov.Interaction.Opinions;

/// <summary>
/// Who runs opinion collections and surveys: staff with <c>interaction.consult</c>, for the departments in their scope.
/// </summary>
internal sealed class ConsultAccess(IDepartmentScope scope, IHttpContextAccessor http)
{
    public Guid? UserId => http.HttpContext?.User.AccountId();

    /// <summary>The department of the signed-in user's active position: the default owner of a new collection or survey.</summary>
    public Guid? DepartmentId => http.HttpContext?.User.DepartmentId();

    public Task<DepartmentSet> ScopeAsync(CancellationToken cancellationToken) => scope.ForPermissionAsync(InteractionPermissions.Consult, cancellationToken);

    public async Task<bool> CoversAsync(Guid departmentId, CancellationToken cancellationToken) => (await ScopeAsync(cancellationToken)).Contains(departmentId);
}

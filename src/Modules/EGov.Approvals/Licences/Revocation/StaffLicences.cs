using EGov.Approvals.Contracts;
using EGov.Approvals.Domain.Licences;
using EGov.Platform.Data;
using EGov.Platform.Organization.Scope;

namespace EGov.Approvals.Licences.Revocation;

/// <summary>Staff reach licences only through the <c>approvals.licences</c> scope: the issuing departments in it.</summary>
internal sealed class StaffLicences(EGovDbContext db, IDepartmentScope scope)
{
    public async Task<IQueryable<ELicence>> InScopeAsync(CancellationToken cancellationToken)
        => db.Set<ELicence>().WhereInScope(await scope.ForPermissionAsync(ApprovalsPermissions.Licences, cancellationToken), l => l.DepartmentId);
}

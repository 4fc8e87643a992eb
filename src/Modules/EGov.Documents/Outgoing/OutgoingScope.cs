using EGov.Documents.Contracts;
using EGov.Documents.Domain;
using EGov.Platform.Data;
using EGov.Platform.Organization.Scope;

namespace EGov.Documents.Outgoing;

/// <summary>
/// Which 公文 a member of staff sees: those drafted in, issued by or printed by a department in the scope of any of
/// their 发文 permissions, those sent to such a department for 会签, and those distributed to it.
/// </summary>
internal sealed class OutgoingScope(EGovDbContext db, IDepartmentScope scope)
{
    private static readonly string[] Permissions =
        [DocumentsPermissions.Draft, DocumentsPermissions.Review, DocumentsPermissions.Countersign, DocumentsPermissions.SignOff, DocumentsPermissions.Dispatch];

    public async Task<IQueryable<OfficialDocument>> ReadableAsync(CancellationToken cancellationToken)
    {
        var documents = db.Set<OfficialDocument>();
        var sets = new List<DepartmentSet>();
        foreach (var permission in Permissions)
        {
            sets.Add(await scope.ForPermissionAsync(permission, cancellationToken));
        }

        if (sets.Any(s => s.IsWholeDistrict))
        {
            return documents;
        }

        var ids = sets.SelectMany(s => s.Ids).Distinct().ToList();
        var nullable = ids.Select(i => (Guid?)i).ToList();
        return documents.Where(d => ids.Contains(d.DepartmentId) || ids.Contains(d.AgencyId) || ids.Contains(d.DispatchDepartmentId)
            || db.Set<Countersign>().Any(c => c.DocumentId == d.Id && ids.Contains(c.DepartmentId))
            || db.Set<Distribution>().Any(x => x.DocumentId == d.Id && nullable.Contains(x.DepartmentId)));
    }

    /// <summary>True when the scope of <paramref name="permission"/> reaches <paramref name="departmentId"/>.</summary>
    public async Task<bool> CoversAsync(string permission, Guid departmentId, CancellationToken cancellationToken)
        => (await scope.ForPermissionAsync(permission, cancellationToken)).Contains(departmentId);

    public async Task<DepartmentSet> ForAsync(string permission, CancellationToken cancellationToken)
        => await scope.ForPermissionAsync(permission, cancellationToken);
}

using System.Security.Claims;
using EGov.Documents.Contracts;
using EGov.Documents.Domain.Incoming;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Organization.Scope;

namespace EGov.Documents.Incoming;

/// <summary>
/// Who sees and acts on which 收文: a unit sees the documents it received and those it leads or assists in; a reader
/// sees only what was circulated to them (条例 第二十四条（五）: no 漏传、误传).
/// </summary>
internal sealed class IncomingAccess(EGovDbContext db, IDepartmentScope scope)
{
    private DepartmentSet? _units;

    public static bool MayUse(ClaimsPrincipal user)
        => user.AccountKind() == AccountKind.Staff;

    public async Task<IQueryable<IncomingDocument>> VisibleAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var units = await UnitsAsync(cancellationToken);
        var documents = db.Set<IncomingDocument>();
        if (units.IsWholeDistrict)
        {
            return documents;
        }

        var ids = units.Ids.ToList();
        var me = user.AccountId() ?? Guid.Empty;
        var assisting = db.Set<AssistingUnit>();
        var circulations = db.Set<Circulation>();
        return documents.Where(d => ids.Contains(d.DepartmentId)
            || (d.LeadDepartmentId != null && ids.Contains(d.LeadDepartmentId.Value))
            || assisting.Any(a => a.DocumentId == d.Id && ids.Contains(a.DepartmentId))
            || circulations.Any(c => c.DocumentId == d.Id && c.ReaderId == me));
    }

    /// <summary>True when the user holds <paramref name="permission"/> with <paramref name="departmentId"/> in its scope.</summary>
    public async Task<bool> MayAsync(string permission, Guid? departmentId, CancellationToken cancellationToken)
        => departmentId is { } id && (await scope.ForPermissionAsync(permission, cancellationToken)).Contains(id);

    /// <summary>The departments for which the user holds any 收文 permission.</summary>
    public async Task<DepartmentSet> UnitsAsync(CancellationToken cancellationToken)
    {
        if (_units is not null)
        {
            return _units;
        }

        var sets = new List<DepartmentSet>();
        foreach (var permission in new[] { DocumentsPermissions.Receive, DocumentsPermissions.Instruct, DocumentsPermissions.Handle })
        {
            sets.Add(await scope.ForPermissionAsync(permission, cancellationToken));
        }

        return _units = sets.Any(s => s.IsWholeDistrict) ? DepartmentSet.WholeDistrict : DepartmentSet.Of(sets.SelectMany(s => s.Ids));
    }
}

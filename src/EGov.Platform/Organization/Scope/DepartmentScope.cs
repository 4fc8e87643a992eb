using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Identity.Roles;
using EGov.Platform.Organization.Departments;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace EGov.Platform.Organization.Scope;

/// <summary>Resolves scopes for the user of the current request; the department tree is read once per request.</summary>
internal sealed class DepartmentScope(EGovDbContext db, IHttpContextAccessor http) : IDepartmentScope
{
    private List<DepartmentNode>? _tree;

    public async Task<DepartmentSet> ForPermissionAsync(string permission, CancellationToken cancellationToken = default)
    {
        var user = http.HttpContext?.User;
        if (user is null || !user.HasPermission(permission) || user.AccountId() is not { } userId || user.DepartmentId() is not { } departmentId)
        {
            return DepartmentSet.None;
        }

        var grants = await (
            from a in db.Set<RoleAssignment>()
            join r in db.Set<Role>() on a.RoleId equals r.Id
            where a.UserId == userId && a.DepartmentId == departmentId && !r.IsAdminRole && r.Permissions.Contains(permission)
            select new ScopeGrant(departmentId, a.Scope))
            .ToListAsync(cancellationToken);
        if (grants.Count == 0)
        {
            return DepartmentSet.None;
        }

        _tree ??= await db.Set<Department>().Select(d => new DepartmentNode(d.Id, d.Path)).ToListAsync(cancellationToken);
        return ScopeResolver.Resolve(grants, _tree);
    }
}

using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Identity.Roles;
using EGov.Platform.Organization.Positions;
using Microsoft.EntityFrameworkCore;

namespace EGov.Platform.Organization;

/// <summary>A staff member as pickers and notifications see them.</summary>
public sealed record StaffMember(Guid Id, string UserName, string DisplayName, Guid DepartmentId);

/// <summary>Who works in a department, and who holds a permission there: for pickers (传阅) and notifications (催办).</summary>
public static class DepartmentMembers
{
    /// <summary>Active staff with a position in one of the departments, by name.</summary>
    public static async Task<IReadOnlyList<StaffMember>> StaffAsync(this EGovDbContext db, IReadOnlyCollection<Guid> departmentIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = departmentIds.ToList();
        var rows = await (
            from p in db.Set<Position>()
            join u in db.Set<UserAccount>() on p.UserId equals u.Id
            where ids.Contains(p.DepartmentId) && u.IsActive && u.Kind == AccountKind.Staff
            select new StaffMember(u.Id, u.UserName ?? "", u.DisplayName, p.DepartmentId))
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(m => m.DisplayName, StringComparer.Ordinal)];
    }

    /// <summary>The active accounts that hold <paramref name="permission"/> through a role assigned in the department.</summary>
    public static async Task<IReadOnlyList<Guid>> HoldersAsync(this EGovDbContext db, Guid departmentId, string permission, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await (
            from a in db.Set<RoleAssignment>()
            join r in db.Set<Role>() on a.RoleId equals r.Id
            join u in db.Set<UserAccount>() on a.UserId equals u.Id
            where a.DepartmentId == departmentId && !r.IsAdminRole && r.Permissions.Contains(permission) && u.IsActive
            select u.Id)
            .Distinct()
            .ToListAsync(cancellationToken);
    }
}

using System.Security.Claims;
using EGov.Platform.Data;
using EGov.Platform.Identity.Passwords;
using EGov.Platform.Identity.Permissions;
using EGov.Platform.Identity.Policies;
using EGov.Platform.Identity.Roles;
using EGov.Platform.Organization.Positions;
using Microsoft.EntityFrameworkCore;

namespace EGov.Platform.Identity.Claims;

/// <summary>Loads what <see cref="AccountClaims"/> needs: the active position and the roles held in it.</summary>
internal sealed class AccountPrincipalFactory(EGovDbContext db, PositionLookup positions, SecurityPolicyStore policies, PermissionCatalog catalog, TimeProvider clock)
{
    /// <param name="departmentId">The position to work in; null or not held means the primary position.</param>
    public async Task<ClaimsPrincipal> CreateAsync(UserAccount account, Guid? departmentId, Guid sessionId, CancellationToken cancellationToken = default)
    {
        var policy = await policies.GetAsync(cancellationToken);
        var mustChange = PasswordExpiry.MustChange(account, policy, clock.GetUtcNow().UtcDateTime);
        var held = await positions.ForUserAsync(account.Id, cancellationToken);
        var active = held.FirstOrDefault(p => p.DepartmentId == departmentId) ?? held.FirstOrDefault();
        var roles = await HeldRolesAsync(account, active?.DepartmentId, cancellationToken);
        var position = active is null ? null : new ActivePosition(active.DepartmentId, active.DepartmentName, active.Title);
        return AccountClaims.Build(account, position, roles, sessionId, mustChange);
    }

    private async Task<List<HeldRole>> HeldRolesAsync(UserAccount account, Guid? departmentId, CancellationToken cancellationToken)
    {
        var rows = await (
            from a in db.Set<RoleAssignment>()
            join r in db.Set<Role>() on a.RoleId equals r.Id
            where a.UserId == account.Id && (a.DepartmentId == null || a.DepartmentId == departmentId)
            select r)
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        // Defence in depth for 三员分立: an administrator gets only its own role, staff only business roles.
        var allowed = rows.Where(r => r.IsAdminRole
            ? account.Kind.IsAdministrator() && AdminRoles.KindOf(r.Code) == account.Kind
            : account.Kind == AccountKind.Staff);
        return [.. allowed.DistinctBy(r => r.Id).Select(r => new HeldRole(r.Code, r.Name, r.IsAdminRole
            ? r.Permissions
            : [.. r.Permissions.Where(p => !catalog.IsAdministrative(p))]))];
    }
}

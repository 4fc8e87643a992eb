using System.Security.Claims;

namespace EGov.Platform.Identity;

/// <summary>Claim types the platform puts into a signed-in principal.</summary>
public static class PlatformClaims
{
    /// <summary>A permission name (<c>module.action</c>) granted through the active position's role assignments.</summary>
    public const string Permission = "egov:perm";

    /// <summary>The department the user currently works in (the active position).</summary>
    public const string Department = "egov:dept";

    public const string DepartmentName = "egov:dept-name";

    /// <summary>The account kind (<see cref="AccountKind"/>).</summary>
    public const string Kind = "egov:kind";

    public static bool HasPermission(this ClaimsPrincipal user, string permission)
        => user.HasClaim(Permission, permission);

    public static Guid? DepartmentId(this ClaimsPrincipal user)
        => Guid.TryParse(user.FindFirstValue(Department), out var id) ? id : null;

    public static Guid? AccountId(this ClaimsPrincipal user)
        => Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}

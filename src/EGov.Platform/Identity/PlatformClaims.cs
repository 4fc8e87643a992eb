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

    /// <summary>The title of the active position (科员, 科长…).</summary>
    public const string PositionTitle = "egov:position";

    /// <summary>The Chinese name of a role held in the active position; the role code is in <see cref="ClaimTypes.Role"/>.</summary>
    public const string RoleName = "egov:role-name";

    /// <summary>The account kind (<see cref="AccountKind"/>).</summary>
    public const string Kind = "egov:kind";

    public const string DisplayName = "egov:display-name";

    /// <summary>The server-side session this cookie belongs to; sign-out ends it.</summary>
    public const string Session = "egov:sid";

    /// <summary>Present while the password must be changed (one-time or expired): nothing else is allowed.</summary>
    public const string PasswordChangeRequired = "egov:pwd-change";

    public static bool HasPermission(this ClaimsPrincipal user, string permission)
        => user.HasClaim(Permission, permission);

    public static Guid? DepartmentId(this ClaimsPrincipal user)
        => Guid.TryParse(user.FindFirstValue(Department), out var id) ? id : null;

    public static Guid? AccountId(this ClaimsPrincipal user)
        => Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static AccountKind? AccountKind(this ClaimsPrincipal user)
        => Enum.TryParse<AccountKind>(user.FindFirstValue(Kind), out var kind) ? kind : null;
}

using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace EGov.Platform.Identity.Claims;

/// <summary>The active position a principal is built for.</summary>
internal sealed record ActivePosition(Guid DepartmentId, string DepartmentName, string Title);

/// <summary>A role held in the active position (or an administrator role, which has no department).</summary>
internal sealed record HeldRole(string Code, string Name, IReadOnlyCollection<string> Permissions);

/// <summary>Builds the signed-in principal: who, what kind, which department, and one claim per permission.</summary>
internal static class AccountClaims
{
    public static ClaimsPrincipal Build(UserAccount account, ActivePosition? position, IReadOnlyCollection<HeldRole> roles, Guid sessionId, bool passwordChangeRequired)
    {
        var identity = new ClaimsIdentity(IdentityConstants.ApplicationScheme, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, account.Id.ToString()));
        identity.AddClaim(new Claim(ClaimTypes.Name, account.UserName ?? ""));
        identity.AddClaim(new Claim(PlatformClaims.DisplayName, account.DisplayName));
        identity.AddClaim(new Claim(PlatformClaims.Kind, account.Kind.ToString()));
        identity.AddClaim(new Claim(PlatformClaims.Session, sessionId.ToString()));
        if (passwordChangeRequired)
        {
            // Until the password is changed the principal carries no department and no permission at all.
            identity.AddClaim(new Claim(PlatformClaims.PasswordChangeRequired, "true"));
            return new ClaimsPrincipal(identity);
        }

        if (position is not null)
        {
            identity.AddClaim(new Claim(PlatformClaims.Department, position.DepartmentId.ToString()));
            identity.AddClaim(new Claim(PlatformClaims.DepartmentName, position.DepartmentName));
            identity.AddClaim(new Claim(PlatformClaims.PositionTitle, position.Title));
        }

        foreach (var role in roles)
        {
            identity.AddClaim(new Claim(ClaimTypes.Role, role.Code));
            identity.AddClaim(new Claim(PlatformClaims.RoleName, role.Name));
        }

        foreach (var permission in roles.SelectMany(r => r.Permissions).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            identity.AddClaim(new Claim(PlatformClaims.Permission, permission));
        }

        return new ClaimsPrincipal(identity);
    }
}

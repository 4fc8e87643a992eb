using System.Security.Claims;
using EGov.Platform.Identity;

namespace EGov.Portal.Workflow;

/// <summary>The signed-in staff member who takes a workflow step.</summary>
internal sealed record Actor(Guid Id, string Name, ClaimsPrincipal User)
{
    public static Actor? Of(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.AccountId() is not { } id)
        {
            return null;
        }

        var name = user.FindFirstValue(PlatformClaims.DisplayName) ?? user.Identity?.Name ?? id.ToString();
        return new Actor(id, name, user);
    }

    public bool Has(string permission) => User.HasPermission(permission);
}

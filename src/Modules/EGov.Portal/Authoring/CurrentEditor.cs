using System.Security.Claims;
using EGov.Platform.Identity;
using Microsoft.AspNetCore.Http;

namespace EGov.Portal.Authoring;

/// <summary>The signed-in staff member of the current request, as the editing records name them.</summary>
internal sealed class CurrentEditor(IHttpContextAccessor http)
{
    public ClaimsPrincipal User => http.HttpContext?.User ?? new ClaimsPrincipal();

    public Guid Id => User.AccountId() ?? Guid.Empty;

    public string Name => User.FindFirstValue(PlatformClaims.DisplayName) is { Length: > 0 } name ? name : User.Identity?.Name ?? "";
}

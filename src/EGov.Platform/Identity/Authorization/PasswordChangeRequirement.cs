using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace EGov.Platform.Identity.Authorization;

/// <summary>
/// Part of every policy: a principal that must change its password (one-time or expired, 等保 8.1.4.1 a) is refused
/// everywhere except on endpoints marked <see cref="AllowDuringPasswordChangeAttribute"/>; the cookie's access-denied
/// event then sends it to the change-password page. Anonymous endpoints are not affected.
/// </summary>
internal sealed class PasswordChangeRequirement : AuthorizationHandler<PasswordChangeRequirement>, IAuthorizationRequirement
{
    public static PasswordChangeRequirement Instance { get; } = new();

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PasswordChangeRequirement requirement)
    {
        var endpoint = context.Resource switch
        {
            HttpContext http => http.GetEndpoint(),
            Endpoint e => e,
            _ => null,
        };
        if (!context.User.HasClaim(c => c.Type == PlatformClaims.PasswordChangeRequired)
            || endpoint?.Metadata.GetMetadata<AllowDuringPasswordChangeAttribute>() is not null)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace EGov.Platform.Identity.Authorization;

/// <summary>
/// Resolves <c>[Authorize(Policy = "perm:calendar.manage")]</c> and <c>.RequireAuthorization("perm:…")</c> for any permission
/// name to "signed in and holds that permission claim"; every other name goes to the registered policies.
/// </summary>
internal sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (policyName.StartsWith(PlatformPolicies.PermissionPrefix, StringComparison.Ordinal)
            && policyName.Length > PlatformPolicies.PermissionPrefix.Length)
        {
            var permission = policyName[PlatformPolicies.PermissionPrefix.Length..];
            var policy = new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .RequireClaim(PlatformClaims.Permission, permission)
                .Build();
            return Task.FromResult<AuthorizationPolicy?>(policy);
        }

        return base.GetPolicyAsync(policyName);
    }
}

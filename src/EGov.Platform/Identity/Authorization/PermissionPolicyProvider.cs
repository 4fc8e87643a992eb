using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace EGov.Platform.Identity.Authorization;

/// <summary>
/// Resolves <c>[Authorize(Policy = "perm:calendar.manage")]</c> and <c>.RequireAuthorization("perm:…")</c> for any permission
/// name to "signed in and holds that permission claim"; every other name goes to the registered policies.
/// Every policy it hands out, including the default and the fallback, also carries <see cref="PasswordChangeRequirement"/>.
/// </summary>
internal sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : IAuthorizationPolicyProvider
{
    private readonly DefaultAuthorizationPolicyProvider _registered = new(options);

    public bool AllowsCachingPolicies => true;

    public async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (policyName.StartsWith(PlatformPolicies.PermissionPrefix, StringComparison.Ordinal)
            && policyName.Length > PlatformPolicies.PermissionPrefix.Length)
        {
            var permission = policyName[PlatformPolicies.PermissionPrefix.Length..];
            return new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .RequireClaim(PlatformClaims.Permission, permission)
                .AddRequirements(PasswordChangeRequirement.Instance)
                .Build();
        }

        return WithPasswordGate(await _registered.GetPolicyAsync(policyName));
    }

    public async Task<AuthorizationPolicy> GetDefaultPolicyAsync() => WithPasswordGate(await _registered.GetDefaultPolicyAsync())!;

    public async Task<AuthorizationPolicy?> GetFallbackPolicyAsync() => WithPasswordGate(await _registered.GetFallbackPolicyAsync());

    private static AuthorizationPolicy? WithPasswordGate(AuthorizationPolicy? policy)
        => policy is null || policy.Requirements.Contains(PasswordChangeRequirement.Instance)
            ? policy
            : new AuthorizationPolicyBuilder(policy).AddRequirements(PasswordChangeRequirement.Instance).Build();
}

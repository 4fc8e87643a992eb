using EGov.Platform.Identity;
using EGov.Platform.Identity.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.Extensions.Options;

namespace EGov.UnitTests.Identity;

public sealed class PermissionPolicyProviderTests
{
    private readonly PermissionPolicyProvider _provider = new(Options.Create(new AuthorizationOptions
    {
        FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build(),
    }));

    [Fact]
    public async Task Perm_policy_requires_the_permission_claim_for_any_name()
    {
        var policy = await _provider.GetPolicyAsync("perm:calendar.manage");

        var claim = Assert.Single(policy!.Requirements.OfType<ClaimsAuthorizationRequirement>());
        Assert.Equal(PlatformClaims.Permission, claim.ClaimType);
        Assert.Equal(["calendar.manage"], claim.AllowedValues);
        Assert.Single(policy.Requirements.OfType<DenyAnonymousAuthorizationRequirement>());
        Assert.Single(policy.Requirements.OfType<PasswordChangeRequirement>());
    }

    [Fact]
    public async Task Default_and_fallback_policies_also_hold_back_a_user_who_must_change_the_password()
    {
        Assert.Single((await _provider.GetDefaultPolicyAsync()).Requirements.OfType<PasswordChangeRequirement>());
        Assert.Single((await _provider.GetFallbackPolicyAsync())!.Requirements.OfType<PasswordChangeRequirement>());
    }

    [Fact]
    public async Task Other_policy_names_fall_back_to_the_registered_policies()
    {
        Assert.Null(await _provider.GetPolicyAsync("no-such-policy"));
        Assert.Null(await _provider.GetPolicyAsync("perm:"));
    }
}

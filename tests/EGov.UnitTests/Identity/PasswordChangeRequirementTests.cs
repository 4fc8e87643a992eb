using System.Security.Claims;
using EGov.Platform.Identity;
using EGov.Platform.Identity.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace EGov.UnitTests.Identity;

public sealed class PasswordChangeRequirementTests
{
    private static readonly Endpoint Ordinary = new(_ => Task.CompletedTask, new EndpointMetadataCollection(), "office");
    private static readonly Endpoint ChangePassword = new(_ => Task.CompletedTask, new EndpointMetadataCollection(new AllowDuringPasswordChangeAttribute()), "change-password");

    [Fact]
    public async Task User_who_must_change_the_password_is_held_back_from_ordinary_endpoints()
        => Assert.False(await SucceedsAsync(MustChange(), Ordinary));

    [Fact]
    public async Task User_who_must_change_the_password_may_change_it()
        => Assert.True(await SucceedsAsync(MustChange(), ChangePassword));

    [Fact]
    public async Task Other_users_pass()
        => Assert.True(await SucceedsAsync(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "bgs.keyuan")], "test")), Ordinary));

    private static ClaimsPrincipal MustChange()
        => new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "bgs.keyuan"), new Claim(PlatformClaims.PasswordChangeRequired, "true")], "test"));

    private static async Task<bool> SucceedsAsync(ClaimsPrincipal user, Endpoint endpoint)
    {
        var context = new AuthorizationHandlerContext([PasswordChangeRequirement.Instance], user, endpoint);
        await PasswordChangeRequirement.Instance.HandleAsync(context);
        return context.HasSucceeded;
    }
}

using System.Security.Claims;
using System.Text.Encodings.Web;
using EGov.IntegrationTests.Identity;
using EGov.Platform.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EGov.IntegrationTests.Audit;

/// <summary>
/// Signs a request in as the user named in <c>X-Test-User</c> with the permissions in <c>X-Test-Permissions</c>,
/// so that the audit pages can be tested before and apart from the real sign-in.
/// </summary>
public sealed class TestUserAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue("X-Test-User", out var user))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var permissions = Request.Headers["X-Test-Permissions"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries);
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, $"id-{user}"), new(ClaimTypes.Name, user.ToString()), new(PlatformClaims.Kind, TestAccountKind.For(permissions)) };
        claims.AddRange(permissions.Select(p => new Claim(PlatformClaims.Permission, p)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}

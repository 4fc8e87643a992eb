using System.Collections.Concurrent;
using System.Security.Claims;
using System.Text.Encodings.Web;
using EGov.IntegrationTests.Identity;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Audit;
using EGov.Platform.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EGov.IntegrationTests.Inbox;

/// <summary>
/// The shared platform with a header sign-in for tests: <c>Authorization: Test user;department;perm,perm</c>
/// (a machine client) or the same value in <c>X-Test-User</c> (standing in for a browser's cookie).
/// </summary>
internal static class SignedInHosts
{
    private static readonly ConcurrentDictionary<PlatformFactory, WebApplicationFactory<Program>> Hosts = new();

    public static WebApplicationFactory<Program> For(PlatformFactory platform)
        => Hosts.GetOrAdd(platform, p => p.Derive(b => b.ConfigureTestServices(services =>
        {
            services.AddAuthentication(HeaderSignIn.Name).AddScheme<AuthenticationSchemeOptions, HeaderSignIn>(HeaderSignIn.Name, null);
            services.TryAddScoped<IAuditLog, NoAuditLog>(); // until the audit log is registered on this branch
        })));

    public static string Value(Guid user, Guid? department = null, params string[] permissions)
        => $"{user};{department};{string.Join(',', permissions)}";

    private sealed class HeaderSignIn(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        public const string Name = "Test";

        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            var header = Request.Headers.Authorization.ToString();
            var value = header.StartsWith(Name + " ", StringComparison.Ordinal) ? header[(Name.Length + 1)..] : Request.Headers["X-Test-User"].ToString();
            if (value.Length == 0)
            {
                return Task.FromResult(AuthenticateResult.NoResult());
            }

            var parts = value.Split(';');
            string[] permissions = parts.Length > 2 ? parts[2].Split(',', StringSplitOptions.RemoveEmptyEntries) : [];
            var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, parts[0]), new(ClaimTypes.Name, "测试用户"), new(PlatformClaims.Kind, TestAccountKind.For(permissions)) };
            if (parts.Length > 1 && parts[1].Length > 0)
            {
                claims.Add(new Claim(PlatformClaims.Department, parts[1]));
            }

            claims.AddRange(permissions.Select(p => new Claim(PlatformClaims.Permission, p)));
            var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Name));
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, Name)));
        }
    }

    private sealed class NoAuditLog : IAuditLog
    {
        public void Record(AuditRecord record)
        {
        }

        public Task RecordNowAsync(AuditRecord record, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}

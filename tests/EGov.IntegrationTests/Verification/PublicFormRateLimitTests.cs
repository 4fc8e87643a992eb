using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using EGov.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EGov.IntegrationTests.Verification;

/// <summary>
/// The public-form limits with low settings (3 per account, 5 per IP). The test server has no client address, so a
/// start-up filter takes it from <c>X-Test-IP</c>; the account comes from <c>X-Test-Account</c>.
/// </summary>
public abstract class PublicFormRateLimitTests(PlatformFactory platform)
{
    private const string Form = "/api/v1/verification/captcha";

    private readonly WebApplicationFactory<Program> _host = platform.Derive(b => b
        .ConfigureAppConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RateLimits:PublicFormPerMinute"] = "5",
            ["RateLimits:PublicFormPerAccountPerMinute"] = "3",
        }))
        .ConfigureTestServices(s =>
        {
            s.AddAuthentication(AccountHeader.Name).AddScheme<AuthenticationSchemeOptions, AccountHeader>(AccountHeader.Name, null);
            s.AddTransient<IStartupFilter, ClientAddressFromHeader>();
        }));

    [Fact]
    public async Task Account_is_refused_after_its_limit_even_from_other_addresses()
    {
        var account = Guid.NewGuid().ToString();
        for (var i = 1; i <= 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await GetAsync($"10.1.0.{i}", account)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await GetAsync("10.1.0.9", account)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("10.1.0.9", Guid.NewGuid().ToString())).StatusCode);
    }

    [Fact]
    public async Task Address_is_refused_after_its_limit_whoever_signs_in()
    {
        for (var i = 1; i <= 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await GetAsync("10.2.0.1", i % 2 == 0 ? Guid.NewGuid().ToString() : null)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await GetAsync("10.2.0.1", Guid.NewGuid().ToString())).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await GetAsync("10.2.0.1", null)).StatusCode);
    }

    [Fact]
    public async Task Pages_without_the_policy_are_not_counted_for_the_account()
    {
        var account = Guid.NewGuid().ToString();
        for (var i = 0; i < 5; i++)
        {
            await GetAsync("10.3.0.1", account, "/api/v1/calendar/days/2026-01-05");
        }

        Assert.Equal(HttpStatusCode.OK, (await GetAsync("10.3.0.2", account)).StatusCode);
    }

    private async Task<HttpResponseMessage> GetAsync(string ip, string? account, string url = Form)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("X-Test-IP", ip);
        if (account is not null)
        {
            request.Headers.Add("X-Test-Account", account);
        }

        return await _host.CreateClient().SendAsync(request);
    }

    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers["X-Test-IP"].ToString(), out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }

    private sealed class AccountHeader(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        public const string Name = "TestAccount";

        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            var account = Request.Headers["X-Test-Account"].ToString();
            if (account.Length == 0)
            {
                return Task.FromResult(AuthenticateResult.NoResult());
            }

            var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, account)], Name);
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Name)));
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PublicFormRateLimitOnSqlite(SqlitePlatform platform) : PublicFormRateLimitTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class PublicFormRateLimitOnPostgres(PostgresPlatform platform) : PublicFormRateLimitTests(platform);

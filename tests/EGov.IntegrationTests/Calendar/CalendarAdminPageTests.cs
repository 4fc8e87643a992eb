using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EGov.IntegrationTests.Calendar;

/// <summary>The calendar administration page, signed in through a test scheme that grants the permissions named in a header.</summary>
public sealed class CalendarAdminPageTests(CalendarAdminPageTests.Platform platform) : IClassFixture<CalendarAdminPageTests.Platform>
{
    [Fact]
    public async Task A_system_administrator_sees_the_year_overview_and_the_forms()
    {
        var html = await (await GetAsync("/admin/calendar?year=2025", "calendar.manage")).Content.ReadAsStringAsync();

        Assert.Contains("2025 年概览", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">10月</th>", html, StringComparison.Ordinal);
        Assert.Contains("10月8日（三）国庆节、中秋节", html, StringComparison.Ordinal);
        Assert.Contains("10月11日（六）国庆节、中秋节", html, StringComparison.Ordinal);
        Assert.Contains("国办发明电〔2024〕12号", html, StringComparison.Ordinal);
        Assert.Contains("节假日安排文件（JSON）", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_year_without_data_shows_the_warning()
    {
        var html = await (await GetAsync("/admin/calendar?year=2096", "calendar.manage")).Content.ReadAsStringAsync();

        Assert.Contains("注意：2096 年的法定节假日安排尚未录入，期限按周一至周五计算", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_uploaded_year_replaces_the_overview()
    {
        using var client = platform.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(TestSignIn.Header, "calendar.manage");
        var form = await client.GetStringAsync("/admin/calendar?year=2095");
        var token = Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("""{ "year": 2095, "days": [ { "name": "元旦", "date": "2095-01-03", "isOffDay": true } ] }"""), "upload", "2095.json" },
        };

        var response = await client.PostAsync("/admin/calendar?handler=Import", upload);
        var overview = await client.GetStringAsync("/admin/calendar?year=2095");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("已导入 2095 年的节假日安排。", overview, StringComparison.Ordinal);
        Assert.Contains("1月3日（一）元旦", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_without_the_permission_are_refused()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync("/admin/calendar", "inbox.read")).StatusCode);
    }

    private async Task<HttpResponseMessage> GetAsync(string url, string permission)
    {
        using var client = platform.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(TestSignIn.Header, permission);
        return await client.GetAsync(url);
    }

    public sealed class Platform : PlatformFactory
    {
        public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

        protected override Task<string> CreateDatabaseAsync() => Task.FromResult($"Data Source={Path.Combine(DataRoot, "egov.db")}");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.AddAuthentication(TestSignIn.SchemeName).AddScheme<AuthenticationSchemeOptions, TestSignIn>(TestSignIn.SchemeName, null);
                services.AddSingleton<IAuditLog, CollectingAuditLog>();
            });
        }
    }

    private sealed class TestSignIn(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        public const string SchemeName = "Test";
        public const string Header = "X-Test-Permission";

        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            if (!Request.Headers.TryGetValue(Header, out var permission))
            {
                return Task.FromResult(AuthenticateResult.NoResult());
            }

            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "系统管理员"), new Claim(PlatformClaims.Kind, nameof(AccountKind.SystemAdmin)), new Claim(PlatformClaims.Permission, permission.ToString())], SchemeName);
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
        }
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Audit;
using EGov.Platform.Identity;
using EGov.Platform.Keys;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EGov.IntegrationTests.Audit;

public abstract partial class AuditPagesTests(PlatformFactory platform) : IDisposable
{
    private readonly WebApplicationFactory<Program> _host = platform.Derive(b => b
        // Settings the host reads while its services are registered must arrive as host settings.
        .UseSetting("Database:Provider", platform.Provider.ToString())
        .UseSetting("Database:ConnectionString", platform.ConnectionString)
        .UseSetting("Storage:DataRoot", platform.DataRoot)
        .ConfigureTestServices(services =>
    {
        // The platform key store where the host has none yet; the real one otherwise.
        services.TryAddSingleton<IKeyStore>(TestKeyStore.Shared);
        services.AddAuthentication(o =>
        {
            o.DefaultScheme = TestUserAuthentication.SchemeName;
            o.DefaultAuthenticateScheme = TestUserAuthentication.SchemeName;
            o.DefaultChallengeScheme = TestUserAuthentication.SchemeName;
            o.DefaultForbidScheme = TestUserAuthentication.SchemeName;
        }).AddScheme<AuthenticationSchemeOptions, TestUserAuthentication>(TestUserAuthentication.SchemeName, null);
    }));

    private readonly string _user = $"auditor-{Guid.NewGuid():N}";

    public void Dispose()
    {
        _host.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Audit_admin_searches_the_log_newest_first_and_the_search_is_audited()
    {
        var marker = await RecordAsync("test.first", "test.second");
        var client = Client(AuditPermissions.View);

        var html = await client.GetStringAsync($"/admin/audit?action=test.&target={marker}");

        Assert.True(html.IndexOf("test.second", StringComparison.Ordinal) < html.IndexOf("test.first", StringComparison.Ordinal));
        Assert.Contains("共 2 条", html, StringComparison.Ordinal);
        var viewed = await EntriesOfAsync(_user);
        Assert.Contains(viewed, e => e.Action == "audit.viewed" && e.Detail!.Contains($"object={marker}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_audit_view_the_page_is_forbidden_and_the_denial_is_audited()
    {
        var response = await Client("calendar.manage").GetAsync("/admin/audit");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var denied = Assert.Single(await EntriesOfAsync(_user));
        Assert.Equal((AuditAuthorizationResultHandler.Action, "/admin/audit", AuditOutcome.Denied), (denied.Action, denied.ObjectId, denied.Outcome));
    }

    [Fact]
    public async Task Export_is_csv_with_a_byte_order_mark_and_is_audited()
    {
        var marker = await RecordAsync("test.exported_row");
        var client = Client(AuditPermissions.View, AuditPermissions.Export);

        var bytes = await client.GetByteArrayAsync($"/admin/audit/export?target={marker}");

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = System.Text.Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("\"序号\",\"时间（北京时间）\"", text, StringComparison.Ordinal);
        Assert.Contains("test.exported_row", text, StringComparison.Ordinal);
        Assert.Contains(await EntriesOfAsync(_user), e => e.Action == "audit.exported");
    }

    [Fact]
    public async Task Export_needs_its_own_permission()
    {
        var response = await Client(AuditPermissions.View).GetAsync("/admin/audit/export");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Verify_now_seals_and_reports_the_log_intact()
    {
        var client = Client(AuditPermissions.View);
        var page = await client.GetStringAsync("/admin/audit");
        var token = TokenPattern().Match(page).Groups[1].Value;

        var response = await client.PostAsync("/admin/audit?handler=Verify",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("校验通过", html, StringComparison.Ordinal);
        Assert.Contains(await EntriesOfAsync(_user), e => e.Action == "audit.verified" && e.Outcome == AuditOutcome.Success);
    }

    [Fact]
    public async Task Api_lists_entries_for_the_audit_admin_and_audits_the_read()
    {
        var marker = await RecordAsync("test.api_row");
        var client = Client(AuditPermissions.View);

        var body = await client.GetFromJsonAsync<JsonElement>($"/api/v1/audit/entries?action=test.api_row&from=2020-01-01T00:00:00Z");

        Assert.Contains(body.GetProperty("items").EnumerateArray(), i => i.GetProperty("objectId").GetString() == marker);
        Assert.Contains(await EntriesOfAsync(_user), e => e.Action == "audit.viewed");
    }

    [Fact]
    public async Task Api_rejects_a_malformed_time_with_chinese_problem_details()
    {
        var response = await Client(AuditPermissions.View).GetAsync("/api/v1/audit/entries?from=yesterday");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("查询条件有误", problem.GetProperty("title").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("from", out _));
    }

    [Fact]
    public async Task Admin_navigation_shows_the_audit_log_only_to_holders_of_audit_view()
    {
        var withPermission = await Client(AuditPermissions.View).GetStringAsync("/admin");
        var without = await Client(PlatformPermissions.AccountsManage).GetStringAsync("/admin");

        Assert.Contains("href=\"/admin/audit\"", withPermission, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin/audit\"", without, StringComparison.Ordinal);
    }

    private HttpClient Client(params string[] permissions)
    {
        var client = _host.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Test-User", _user);
        client.DefaultRequestHeaders.Add("X-Test-Permissions", string.Join(',', permissions));
        return client;
    }

    /// <returns>A marker object ID unique to this test, on entries with the given actions, recorded in that order.</returns>
    private async Task<string> RecordAsync(params string[] actions)
    {
        var marker = Guid.NewGuid().ToString("N");
        foreach (var action in actions)
        {
            await using var scope = _host.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IAuditLog>().RecordNowAsync(new AuditRecord(action, "Thing", marker, AuditOutcome.Success));
        }

        return marker;
    }

    private async Task<List<AuditEntry>> EntriesOfAsync(string userName)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await PlatformFactory.Db(scope).Set<AuditEntry>().Where(e => e.UserName == userName).ToListAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

[Collection(SqliteCollection.Name)]
public sealed class AuditPagesTestsOnSqlite(SqlitePlatform platform) : AuditPagesTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class AuditPagesTestsOnPostgres(PostgresPlatform platform) : AuditPagesTests(platform);

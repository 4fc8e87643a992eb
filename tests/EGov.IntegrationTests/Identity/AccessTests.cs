using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EGov.Platform.Identity;
using EGov.Platform.Identity.Administrators;
using EGov.Platform.Identity.Demo;
using EGov.Platform.Organization;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Identity;

/// <summary>三员分立 and the department scopes, over HTTP.</summary>
public abstract class AccessTests(IdentityPlatform platform)
{
    [Theory]
    [InlineData("sysadmin")]
    [InlineData("secadmin")]
    [InlineData("auditadmin")]
    public async Task Administrators_cannot_open_business_pages_or_apis(string admin)
    {
        var browser = await SignedInAsync(admin);

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/office")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/api/v1/departments")).StatusCode);
    }

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/accounts")]
    [InlineData("/admin/roles")]
    [InlineData("/admin/policies")]
    public async Task Staff_cannot_open_the_admin_console(string page)
    {
        var browser = await SignedInAsync("quzhang");

        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync(page)).StatusCode);
    }

    [Fact]
    public async Task Each_administrator_opens_only_the_consoles_of_its_post()
    {
        var sysadmin = await SignedInAsync("sysadmin");
        var secadmin = await SignedInAsync("secadmin");

        Assert.Equal(HttpStatusCode.OK, (await sysadmin.GetAsync("/admin/accounts")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await sysadmin.GetAsync("/admin/departments")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await sysadmin.GetAsync("/admin/roles/assignments")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await sysadmin.GetAsync("/admin/policies")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await secadmin.GetAsync("/admin/roles/assignments")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await secadmin.GetAsync("/admin/policies")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await secadmin.GetAsync("/admin/accounts/create")).StatusCode);
    }

    [Theory]
    [InlineData("bgs.keyuan", 1)]
    [InlineData("xljd.zhuren", 4)]
    public async Task Departments_api_lists_only_the_departments_in_scope(string user, int expected)
    {
        var browser = await SignedInAsync(user);

        var departments = await browser.Client.GetFromJsonAsync<JsonElement[]>("/api/v1/departments");

        Assert.Equal(expected, departments!.Length);
    }

    [Fact]
    public async Task District_leader_sees_the_whole_district()
    {
        var browser = await SignedInAsync("quzhang");

        var departments = await browser.Client.GetFromJsonAsync<JsonElement[]>("/api/v1/departments");

        Assert.True(departments!.Length >= 47, $"{departments.Length} departments");
    }

    [Fact]
    public async Task Switching_position_changes_the_department_and_its_permissions()
    {
        var browser = await SignedInAsync("shuanggang");
        var before = await browser.Client.GetFromJsonAsync<JsonElement>("/api/v1/me");
        var target = await DepartmentIdAsync("xlq-zwfw");

        var switched = await browser.PostFormAsync("/office", new Dictionary<string, string> { ["departmentId"] = target }, "/account/switch-position");
        var after = await browser.Client.GetFromJsonAsync<JsonElement>("/api/v1/me");

        Assert.Contains("发展和改革局", before.GetProperty("departmentName").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal(target, after.GetProperty("departmentId").GetString());
        Assert.Contains(PlatformPermissions.PersonalDataView, after.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task Every_demo_account_in_the_table_signs_in_to_the_home_of_its_kind()
    {
        foreach (var account in DemoAccounts.All)
        {
            var response = await new Browser(platform).SignInAsync(account.UserName, account.Password);

            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{account.UserName} could not sign in");
            Assert.Contains(response.Headers.Location?.OriginalString, new[] { "/office", "/admin", "/" });
        }
    }

    [Fact]
    public async Task Create_admin_prints_a_one_time_password_that_must_be_changed()
    {
        var verb = platform.Services.GetServices<EGov.Platform.Hosting.ICommandVerb>().OfType<CreateAdminVerb>().Single();
        using var output = new StringWriter();

        var exit = await verb.RunAsync(platform.Services, ["--role", "auditadmin", "--user", "audit2"], output, CancellationToken.None);
        var password = output.ToString().Trim().Split('\n')[^1].Trim();
        var signIn = await new Browser(platform).SignInAsync("audit2", password);

        Assert.Equal(0, exit);
        Assert.Equal("/account/change-password", signIn.Headers.Location?.OriginalString);
    }

    private async Task<Browser> SignedInAsync(string user)
    {
        var browser = new Browser(platform);
        var response = await browser.SignInAsync(user, DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    private async Task<string> DepartmentIdAsync(string code)
    {
        await using var scope = platform.Scope();
        var department = await scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>().FindByCodeAsync(code);
        return department!.Id.ToString();
    }
}

public sealed class AccessTestsOnSqlite(IdentitySqlitePlatform platform) : AccessTests(platform), IClassFixture<IdentitySqlitePlatform>;

public sealed class AccessTestsOnPostgres(IdentityPostgresPlatform platform) : AccessTests(platform), IClassFixture<IdentityPostgresPlatform>;

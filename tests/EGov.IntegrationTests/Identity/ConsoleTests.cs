using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Identity;
using EGov.Platform.Identity.Demo;
using EGov.Platform.Identity.Roles;
using EGov.Platform.Organization;
using EGov.Platform.Organization.Departments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Identity;

/// <summary>The consoles of the system and security administrators, used the way they are meant to be used.</summary>
public abstract partial class ConsoleTests(IdentityPlatform platform)
{
    [Fact]
    public async Task System_administrator_creates_an_account_and_the_security_administrator_gives_it_a_role()
    {
        var sysadmin = await SignedInAsync(AdminRoles.SystemAdmin);
        var secadmin = await SignedInAsync(AdminRoles.SecurityAdmin);
        var zwfw = await DepartmentIdAsync("xlq-zwfw");
        var windowClerk = await RoleIdAsync(DemoRoles.WindowClerk);

        var created = await (await sysadmin.PostFormAsync("/admin/accounts/create", new Dictionary<string, string>
        {
            ["Input.UserName"] = "zhang.test",
            ["Input.DisplayName"] = "张测试",
            ["Input.DepartmentId"] = zwfw,
            ["Input.Title"] = "科员",
        })).Content.ReadAsStringAsync();
        var assigned = await (await secadmin.PostFormAsync("/admin/roles/assignments", new Dictionary<string, string>
        {
            ["Input.UserName"] = "zhang.test",
            ["Input.RoleId"] = windowClerk,
            ["Input.DepartmentId"] = zwfw,
            ["Input.Scope"] = "OwnDepartment",
        }, "/admin/roles/assignments?handler=Assign")).Content.ReadAsStringAsync();
        var oneTime = WebUtility.HtmlDecode(OneTimePasswordPattern().Match(created).Groups[1].Value);
        var user = new Browser(platform);
        await user.SignInAsync("zhang.test", oneTime);
        await user.PostFormAsync("/account/change-password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = oneTime,
            ["Input.NewPassword"] = "Zwfw#2026new",
            ["Input.ConfirmPassword"] = "Zwfw#2026new",
        });
        var me = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/me");

        Assert.Contains("已分配角色", assigned, StringComparison.Ordinal);
        Assert.Equal(zwfw, me.GetProperty("departmentId").GetString());
        Assert.Contains(PlatformPermissions.PersonalDataView, me.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains(platform.Audit, r => r.Action == "identity.account_created" && r.Detail!.Contains("zhang.test", StringComparison.Ordinal));
        Assert.Contains(platform.Audit, r => r.Action == "identity.role_assigned" && r.Detail!.Contains("window-clerk", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Security_administrator_cannot_put_an_administrative_permission_into_a_business_role()
    {
        var secadmin = await SignedInAsync(AdminRoles.SecurityAdmin);

        var response = await secadmin.PostFormAsync("/admin/roles/edit", new Dictionary<string, string>
        {
            ["Input.Code"] = "spy",
            ["Input.Name"] = "审计窥视",
            ["Input.Permissions"] = PlatformPermissions.AuditView,
        });
        var builtIn = await secadmin.GetAsync($"/admin/roles/edit/{await RoleIdAsync(AdminRoles.AuditAdmin)}");

        Assert.Contains("不能放入业务角色", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("不能修改", await builtIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var scope = platform.Scope();
        Assert.False(await PlatformFactory.Db(scope).Set<Role>().AnyAsync(r => r.Code == "spy"));
    }

    [Fact]
    public async Task Lockout_threshold_saved_by_the_security_administrator_applies_at_the_next_sign_in()
    {
        var secadmin = await SignedInAsync(AdminRoles.SecurityAdmin);
        var saved = await secadmin.PostFormAsync("/admin/policies", new Dictionary<string, string>
        {
            ["Input.LockoutThreshold"] = "3",
            ["Input.LockoutMinutes"] = "30",
            ["Input.PasswordMinLength"] = "8",
            ["Input.PasswordRequiredClasses"] = "3",
            ["Input.PasswordExpiryDays"] = "90",
            ["Input.IdleTimeoutMinutes"] = "30",
            ["Input.AbsoluteTimeoutHours"] = "12",
            ["Input.Version"] = "0",
        });
        var userName = await TestAccounts.CreateClerkAsync(platform);
        var browser = new Browser(platform);

        await browser.SignInAsync(userName, "Wrong@2026");
        await browser.SignInAsync(userName, "Wrong@2026");
        var third = await browser.SignInAsync(userName, "Wrong@2026");

        Assert.Contains("安全策略已保存", await saved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("账号已锁定", await third.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(platform.Audit, r => r.Action == "identity.policy_updated");
    }

    [Fact]
    public async Task Moving_a_department_moves_its_subtree()
    {
        var sysadmin = await SignedInAsync(AdminRoles.SystemAdmin);
        var xljd = await DepartmentIdAsync("xlq-xljd");
        var xyjd = await DepartmentIdAsync("xlq-xyjd");
        await SaveDepartmentAsync(sysadmin, "", "xlq-xljd-test", "测试社区", xljd, "0");
        var parent = await DepartmentIdAsync("xlq-xljd-test");
        await SaveDepartmentAsync(sysadmin, "", "xlq-xljd-test-wg", "测试网格", parent, "0");

        var moved = await SaveDepartmentAsync(sysadmin, parent, "xlq-xljd-test", "测试社区", xyjd, "1");

        Assert.Equal("/admin/departments", moved.Headers.Location?.OriginalString);
        await using var scope = platform.Scope();
        var departments = PlatformFactory.Db(scope).Set<Department>();
        var street = await departments.SingleAsync(d => d.Code == "xlq-xyjd");
        var grandchild = await departments.SingleAsync(d => d.Code == "xlq-xljd-test-wg");
        Assert.StartsWith(street.Path, grandchild.Path, StringComparison.Ordinal);
        Assert.Contains(platform.Audit, r => r.Action == "organization.department_moved");
    }

    [Fact]
    public async Task Stale_department_edit_is_refused_instead_of_overwriting()
    {
        var sysadmin = await SignedInAsync(AdminRoles.SystemAdmin);
        var tjj = await DepartmentIdAsync("xlq-tjj");

        var first = await SaveDepartmentAsync(sysadmin, tjj, "xlq-tjj", "西陵区统计局", await DepartmentIdAsync("xlq"), "1");
        var second = await SaveDepartmentAsync(sysadmin, tjj, "xlq-tjj", "西陵区统计局（改）", await DepartmentIdAsync("xlq"), "1");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains("已被他人修改", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> SaveDepartmentAsync(Browser browser, string id, string code, string name, string parentId, string version)
        => browser.PostFormAsync($"/admin/departments/edit/{id}", new Dictionary<string, string>
        {
            ["Input.Code"] = code,
            ["Input.Name"] = name,
            ["Input.ShortName"] = "",
            ["Input.Kind"] = nameof(DepartmentKind.Community),
            ["Input.ParentId"] = parentId,
            ["Input.SortOrder"] = "10",
            ["Input.IsActive"] = "true",
            ["Input.Version"] = version,
        });

    private async Task<Browser> SignedInAsync(string user)
    {
        var browser = new Browser(platform);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(user, DemoAccounts.Password)).StatusCode);
        return browser;
    }

    private async Task<string> DepartmentIdAsync(string code)
    {
        await using var scope = platform.Scope();
        return (await scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>().FindByCodeAsync(code))!.Id.ToString();
    }

    private async Task<string> RoleIdAsync(string code)
    {
        await using var scope = platform.Scope();
        return (await PlatformFactory.Db(scope).Set<Role>().SingleAsync(r => r.Code == code)).Id.ToString();
    }

    [GeneratedRegex("<p class=\"fs-4\"><code>([^<]+)</code></p>")]
    private static partial Regex OneTimePasswordPattern();
}

public sealed class ConsoleTestsOnSqlite(IdentitySqlitePlatform platform) : ConsoleTests(platform), IClassFixture<IdentitySqlitePlatform>;

public sealed class ConsoleTestsOnPostgres(IdentityPostgresPlatform platform) : ConsoleTests(platform), IClassFixture<IdentityPostgresPlatform>;

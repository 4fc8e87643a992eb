using System.Net;
using EGov.Platform.Audit;
using EGov.Platform.Identity.Demo;

namespace EGov.IntegrationTests.Identity;

public abstract class SignInTests(IdentityPlatform platform)
{
    [Fact]
    public async Task Staff_sign_in_lands_in_the_office_portal_of_the_primary_department()
    {
        var browser = new Browser(platform);

        var response = await browser.SignInAsync("bgs.keyuan", DemoAccounts.Password);
        var office = await browser.GetAsync("/office");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/office", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, office.StatusCode);
        Assert.Contains("西陵区人民政府办公室", await office.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(platform.Audit, r => r is { Action: "identity.sign_in", Outcome: AuditOutcome.Success, UserName: "bgs.keyuan" });
    }

    [Fact]
    public async Task Citizen_signs_in_with_the_mobile_number_and_returns_to_a_local_page()
    {
        var browser = new Browser(platform);

        var response = await browser.SignInAsync("13800000001", DemoAccounts.Password, returnUrl: "/disclosure");

        Assert.Equal("/disclosure", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Wrong_password_is_refused_in_chinese_without_saying_which_part_was_wrong()
    {
        var browser = new Browser(platform);

        var response = await browser.SignInAsync("bgs.zhuren", "Wrong@2026");
        var unknown = await browser.SignInAsync("no.such.user", "Wrong@2026");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("用户名或密码错误。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("用户名或密码错误。", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(platform.Audit, r => r is { Action: "identity.sign_in", Outcome: AuditOutcome.Failure, UserName: "no.such.user" });
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_thirty_minutes()
    {
        var userName = await TestAccounts.CreateClerkAsync(platform);
        var browser = new Browser(platform);

        for (var i = 0; i < 4; i++)
        {
            Assert.Contains("用户名或密码错误", await (await browser.SignInAsync(userName, "Wrong@2026")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var fifth = await (await browser.SignInAsync(userName, "Wrong@2026")).Content.ReadAsStringAsync();
        var rightButLocked = await browser.SignInAsync(userName, TestAccounts.Password);
        platform.Clock.Advance(TimeSpan.FromMinutes(30));
        var afterLock = await browser.SignInAsync(userName, TestAccounts.Password);

        Assert.Contains("账号已锁定", fifth, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, rightButLocked.StatusCode);
        Assert.Contains("账号已锁定", await rightButLocked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, afterLock.StatusCode);
        Assert.Contains(platform.Audit, r => r.Action == "identity.locked_out" && r.UserName == userName);
    }

    [Fact]
    public async Task Sign_out_ends_the_session_so_a_copied_cookie_no_longer_works()
    {
        var browser = new Browser(platform);
        var signIn = await browser.SignInAsync("zwfw.kezhang", DemoAccounts.Password);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("egov.auth=", StringComparison.Ordinal)).Split(';')[0];

        var signOut = await browser.SignOutAsync();
        using var thief = platform.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/office") { Headers = { { "Cookie", cookie } } };
        var replay = await thief.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        Assert.StartsWith("/account/sign-in", replay.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.Contains(platform.Audit, r => r.Action == "identity.sign_out");
    }

    [Fact]
    public async Task Thirty_idle_minutes_end_the_session()
    {
        var browser = new Browser(platform);
        await browser.SignInAsync("scjg.shenhe", DemoAccounts.Password);

        platform.Clock.Advance(TimeSpan.FromMinutes(29));
        var stillIn = await browser.GetAsync("/office");
        platform.Clock.Advance(TimeSpan.FromMinutes(30));
        var idle = await browser.GetAsync("/office");

        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, idle.StatusCode);
        Assert.StartsWith("/account/sign-in", idle.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_busy_session_still_ends_twelve_hours_after_sign_in()
    {
        var browser = new Browser(platform);
        await browser.SignInAsync("zwfw.chuangkou", DemoAccounts.Password);

        for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromHours(11.75); elapsed += TimeSpan.FromMinutes(15))
        {
            platform.Clock.Advance(TimeSpan.FromMinutes(15));
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/office")).StatusCode);
        }

        platform.Clock.Advance(TimeSpan.FromMinutes(15));
        var expired = await browser.GetAsync("/office");

        Assert.Equal(HttpStatusCode.Redirect, expired.StatusCode);
        Assert.StartsWith("/account/sign-in", expired.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_time_password_allows_nothing_but_changing_it()
    {
        var userName = await TestAccounts.CreateClerkAsync(platform, oneTime: true);
        var browser = new Browser(platform);

        var signIn = await browser.SignInAsync(userName, TestAccounts.Password);
        var office = await browser.GetAsync("/office");
        var api = await browser.GetAsync("/api/v1/departments");
        var weak = await browser.PostFormAsync("/account/change-password", Fields(TestAccounts.Password, "weakpass"));
        var changed = await browser.PostFormAsync("/account/change-password", Fields(TestAccounts.Password, "Changed#2026"));
        var officeAfter = await browser.GetAsync("/office");

        Assert.Equal("/account/change-password", signIn.Headers.Location?.OriginalString);
        Assert.Equal("/account/change-password", office.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Contains("至少 3 类", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("/office", changed.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, officeAfter.StatusCode);
        Assert.Contains(platform.Audit, r => r.Action == "identity.password_changed" && r.Outcome == AuditOutcome.Success);
    }

    private static Dictionary<string, string> Fields(string current, string next) => new()
    {
        ["Input.CurrentPassword"] = current,
        ["Input.NewPassword"] = next,
        ["Input.ConfirmPassword"] = next,
    };
}

public sealed class SignInTestsOnSqlite(IdentitySqlitePlatform platform) : SignInTests(platform), IClassFixture<IdentitySqlitePlatform>;

public sealed class SignInTestsOnPostgres(IdentityPostgresPlatform platform) : SignInTests(platform), IClassFixture<IdentityPostgresPlatform>;

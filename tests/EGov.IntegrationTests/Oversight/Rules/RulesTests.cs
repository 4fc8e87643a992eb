using System.Net;
using EGov.IntegrationTests.Infrastructure;
using EGov.Oversight.Rules;
using EGov.Platform.Audit;
using EGov.Platform.Clocks;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Oversight.Rules;

/// <summary>The security administrator's rules page and API; every test puts the rules back to their defaults.</summary>
public abstract class RulesTests(PlatformFactory platform) : IAsyncLifetime
{
    private RulesClient _secadmin = null!;

    public async Task InitializeAsync() => _secadmin = await RulesClient.SignInAsync(platform, "secadmin");

    public Task DisposeAsync() => _secadmin.ResetAllAsync();

    [Fact]
    public async Task The_security_administrator_sees_every_rule_with_its_default()
    {
        await using var scope = platform.Scope();
        var defaults = scope.ServiceProvider.GetRequiredService<RuleBook>().Defaults;

        var page = await _secadmin.Browser.GetAsync(RulesClient.Page);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.All(defaults, rule => Assert.Contains(rule.Name, html, StringComparison.Ordinal));
        Assert.Contains("默认：启用；红牌；3 个工作日", html, StringComparison.Ordinal);
        Assert.Contains("默认：启用；剩余不超过 1 个工作日或不超过时限的 20% 时预警", html, StringComparison.Ordinal);
        Assert.Equal(defaults.Count, (await _secadmin.ListAsync()).GetProperty("rules").GetArrayLength());
    }

    [Theory]
    [InlineData("jiancha")]
    [InlineData("bgs.keyuan")]
    public async Task Staff_and_the_supervisor_cannot_see_or_change_the_rules(string userName)
    {
        var user = await RulesClient.SignInAsync(platform, userName);

        Assert.Equal(HttpStatusCode.Forbidden, (await user.Browser.GetAsync(RulesClient.Page)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.Browser.GetAsync(RulesClient.Api)).StatusCode);
        var put = await user.PutAsync(OversightRules.YellowUncorrected, new { enabled = true, level = "red", days = 5, version = 0 });
        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
    }

    [Fact]
    public async Task The_security_administrator_changes_the_correction_days_and_level_with_an_audit_entry()
    {
        var rule = await _secadmin.RuleAsync(OversightRules.YellowUncorrected);

        var put = await _secadmin.PutAsync(OversightRules.YellowUncorrected, new { enabled = true, level = "yellow", days = 5, version = rule.GetProperty("version").GetInt64() });

        var saved = await RulesClient.JsonAsync(put, HttpStatusCode.OK);
        Assert.Equal(5, saved.GetProperty("days").GetInt32());
        Assert.Equal("yellow", saved.GetProperty("level").GetString());
        Assert.Equal(3, saved.GetProperty("default").GetProperty("days").GetInt32());
        await using var scope = platform.Scope();
        var effective = (await scope.ServiceProvider.GetRequiredService<RuleBook>().LoadAsync())[OversightRules.YellowUncorrected];
        Assert.Equal((5, EGov.Oversight.Domain.CardLevel.Yellow), (effective.Days!.Value, effective.Level));
        var audit = await PlatformFactory.Db(scope).Set<AuditEntry>().AsNoTracking()
            .Where(e => e.Action == "oversight.rule.changed" && e.ObjectId == OversightRules.YellowUncorrected).OrderByDescending(e => e.Id).FirstAsync();
        Assert.Equal("secadmin", audit.UserName);
        Assert.Contains("\"before\":{\"Enabled\":true,\"Level\":\"Red\",\"Days\":3", audit.Detail, StringComparison.Ordinal);
        Assert.Contains("\"after\":{\"Enabled\":true,\"Level\":\"Yellow\",\"Days\":5", audit.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_on_a_stale_version_is_a_conflict()
    {
        var version = (await _secadmin.RuleAsync(OversightRules.PromisedOverdue)).GetProperty("version").GetInt64();
        await RulesClient.JsonAsync(await _secadmin.PutAsync(OversightRules.PromisedOverdue, new { enabled = true, level = "red", version }), HttpStatusCode.OK);

        var stale = await _secadmin.PutAsync(OversightRules.PromisedOverdue, new { enabled = false, level = "yellow", version });

        var problem = await RulesClient.JsonAsync(stale, HttpStatusCode.Conflict);
        Assert.Equal("oversight.rule_changed", problem.GetProperty("code").GetString());
        Assert.Contains("已被他人修改", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("red", (await _secadmin.RuleAsync(OversightRules.PromisedOverdue)).GetProperty("level").GetString());
    }

    [Theory]
    [InlineData(OversightRules.YellowUncorrected, 31, null, "days", "工作日数应在 1 到 30 之间")]
    [InlineData(OversightRules.YellowUncorrected, 0, null, "days", "工作日数应在 1 到 30 之间")]
    [InlineData(OversightRules.Warning, 11, 20, "days", "工作日数应在 0 到 10 之间")]
    [InlineData(OversightRules.Warning, 1, 101, "percent", "比例应在 0 到 100 之间")]
    public async Task Numbers_out_of_range_are_rejected_in_Chinese(string code, int days, int? percent, string field, string message)
    {
        var rule = await _secadmin.RuleAsync(code);

        var put = await _secadmin.PutAsync(code, new { enabled = true, level = "yellow", days, percent, version = rule.GetProperty("version").GetInt64() });

        var problem = await RulesClient.JsonAsync(put, HttpStatusCode.BadRequest);
        Assert.Equal(message, problem.GetProperty("errors").GetProperty(field)[0].GetString());
        Assert.Equal(rule.GetProperty("days").GetInt32(), (await _secadmin.RuleAsync(code)).GetProperty("days").GetInt32());
    }

    [Fact]
    public async Task The_page_saves_a_rule_and_shows_an_out_of_range_number_next_to_the_field()
    {
        var version = (await _secadmin.RuleAsync(OversightRules.YellowUncorrected)).GetProperty("version").GetInt64();
        var fields = new Dictionary<string, string> { ["code"] = OversightRules.YellowUncorrected, ["enabled"] = "true", ["level"] = "Red", ["version"] = $"{version}" };

        var invalid = await _secadmin.Browser.PostFormAsync(RulesClient.Page, new Dictionary<string, string>(fields) { ["days"] = "45" }, RulesClient.Page + "?handler=Save");
        var saved = await _secadmin.Browser.PostFormAsync(RulesClient.Page, new Dictionary<string, string>(fields) { ["days"] = "7" }, RulesClient.Page + "?handler=Save");

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("工作日数应在 1 到 30 之间", WebUtility.HtmlDecode(await invalid.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = WebUtility.HtmlDecode(await (await _secadmin.Browser.GetAsync(RulesClient.Page)).Content.ReadAsStringAsync());
        Assert.Contains("规则“红牌：黄牌逾期未整改”已保存。", page, StringComparison.Ordinal);
        Assert.Contains("当前：启用；红牌；7 个工作日", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restoring_the_defaults_puts_the_rule_back()
    {
        var version = (await _secadmin.RuleAsync(OversightRules.StepOverdue)).GetProperty("version").GetInt64();
        var changed = await RulesClient.JsonAsync(await _secadmin.PutAsync(OversightRules.StepOverdue, new { enabled = false, level = "red", version }), HttpStatusCode.OK);

        var reset = await RulesClient.JsonAsync(await _secadmin.ResetAsync(OversightRules.StepOverdue, changed.GetProperty("version").GetInt64()), HttpStatusCode.OK);

        Assert.True(reset.GetProperty("isDefault").GetBoolean());
        Assert.True(reset.GetProperty("enabled").GetBoolean());
        Assert.Equal("yellow", reset.GetProperty("level").GetString());
    }

    [Fact]
    public async Task Changing_the_warning_rule_recomputes_the_open_clocks()
    {
        // 8 working days from today: 1 working day (8 × 20 % = 1) of warning by default, 10 working days after the change.
        var clockId = await StartClockAsync(8);
        Assert.Equal(WarningLevel.Normal, (await ClockAsync(clockId)).WarningLevel);
        var version = (await _secadmin.RuleAsync(OversightRules.Warning)).GetProperty("version").GetInt64();

        await RulesClient.JsonAsync(await _secadmin.PutAsync(OversightRules.Warning, new { enabled = true, level = "yellow", days = 10, percent = 20, version }), HttpStatusCode.OK);
        await _secadmin.WaitForRecomputeAsync();

        var clock = await StopAsync(clockId);
        Assert.Equal(WarningLevel.Warning, clock.WarningLevel);
        Assert.True(clock.WarningFrom <= ChinaTime.Today(TimeProvider.System));
        var progress = (await _secadmin.ListAsync()).GetProperty("recompute");
        Assert.Equal(progress.GetProperty("total").GetInt32(), progress.GetProperty("done").GetInt32());
        await using var scope = platform.Scope();
        var thresholds = scope.ServiceProvider.GetRequiredService<ClockThresholds>().Current;
        Assert.Equal(new WarningThresholds(true, 10, 20), thresholds);
    }

    private async Task<Guid> StartClockAsync(int workingDays)
    {
        await using var scope = platform.Scope();
        var clocks = scope.ServiceProvider.GetRequiredService<ClockService>();
        var today = ChinaTime.Today(TimeProvider.System);
        var clock = clocks.Start(new ClockStart("oversight-test", "rules", Guid.NewGuid().ToString(), "规则测试", today, ClockLimit.WorkingDays(workingDays))).Value;
        await PlatformFactory.Db(scope).SaveChangesAsync();
        return clock.Id;
    }

    /// <summary>Stops the test clock (so that it leaves the board of the shared platform) and returns it as it was.</summary>
    private async Task<StatutoryClock> StopAsync(Guid id)
    {
        var before = await ClockAsync(id);
        await using var scope = platform.Scope();
        var clocks = scope.ServiceProvider.GetRequiredService<ClockService>();
        clocks.Stop((await clocks.FindAsync(id))!, "测试结束");
        await PlatformFactory.Db(scope).SaveChangesAsync();
        return before;
    }

    private async Task<StatutoryClock> ClockAsync(Guid id)
    {
        await using var scope = platform.Scope();
        return await PlatformFactory.Db(scope).Set<StatutoryClock>().AsNoTracking().SingleAsync(c => c.Id == id);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RulesOnSqlite(SqlitePlatform platform) : RulesTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class RulesOnPostgres(PostgresPlatform platform) : RulesTests(platform);

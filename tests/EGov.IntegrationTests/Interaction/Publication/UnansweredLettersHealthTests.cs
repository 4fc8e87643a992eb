using System.Net;
using System.Text.Json;
using EGov.IntegrationTests.Identity;
using EGov.IntegrationTests.Infrastructure;
using EGov.IntegrationTests.Portal;
using EGov.IntegrationTests.Portal.Monitoring;
using EGov.Interaction.Domain.Letters;

namespace EGov.IntegrationTests.Interaction.Publication;

/// <summary>检查指标 单项否决 互动回应差 in the portal's health report: a valid message unanswered for more than 3 months.</summary>
public abstract class UnansweredLettersHealthTests(PlatformFactory platform)
{
    private const string Code = "interaction_unanswered";
    private readonly LetterData _letters = new(platform);
    private readonly PortalBuilder _portal = new(platform);

    private async Task<JsonElement> ReportAsync(string siteCode)
    {
        await MonitoringData.GrantMonitorAsync(platform);
        var browser = new Browser(platform);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync("quzhang", "Demo@2026")).StatusCode);
        var json = JsonDocument.Parse(await browser.Client.GetStringAsync(new Uri($"/api/v1/portal/health-report?site={siteCode}", UriKind.Relative))).RootElement;
        return json.GetProperty("sites")[0];
    }

    private static JsonElement Indicator(JsonElement report)
        => report.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == Code);

    [Fact]
    public async Task Letter_unanswered_for_100_days_crosses_the_veto_of_its_department_site()
    {
        var letter = await _letters.LetterAsync("scjg", "过期食品投诉", 100, kind: LetterKind.Complaint);
        var site = await _portal.SiteAsync("xlq-scjg");

        var report = await ReportAsync(site.Code);

        var indicator = Indicator(report);
        Assert.True(indicator.GetProperty("crossed").GetBoolean());
        Assert.True(indicator.GetProperty("figure").GetInt32() >= 1);
        Assert.Equal("互动回应差：超过3个月未答复的留言", indicator.GetProperty("name").GetString());
        Assert.True(report.GetProperty("hasVeto").GetBoolean());
        Assert.Contains(report.GetProperty("otherFindings").EnumerateArray(), f => f.GetProperty("url").GetString() == $"/office/interaction/letters/{letter.Id}");
    }

    [Fact]
    public async Task Replied_recent_and_year_old_letters_do_not_count()
    {
        await _letters.LetterAsync("sjj", "审计结果公开咨询", 100, repliedDaysAgo: 90, handlingDepartment: "xlq-sjj");
        await _letters.LetterAsync("sjj", "上月来信尚未答复", 30, handlingDepartment: "xlq-sjj");
        await _letters.LetterAsync("sjj", "一年多前的来信", 400, handlingDepartment: "xlq-sjj");
        await _letters.LetterAsync("sjj", "已合并的重复来信", 100, handlingDepartment: "xlq-sjj", state: LetterState.Merged);
        var site = await _portal.SiteAsync("xlq-sjj");

        var indicator = Indicator(await ReportAsync(site.Code));

        Assert.Equal(0, indicator.GetProperty("figure").GetInt32());
        Assert.False(indicator.GetProperty("crossed").GetBoolean());
    }

    [Fact]
    public async Task Health_page_lists_the_unanswered_letter_under_the_indicator()
    {
        var letter = await _letters.LetterAsync("scjg", "价格欺诈举报", 120, kind: LetterKind.Report);
        var site = await _portal.SiteAsync("xlq-scjg");
        await MonitoringData.GrantMonitorAsync(platform);
        var browser = new Browser(platform);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync("quzhang", "Demo@2026")).StatusCode);

        var html = await browser.Client.GetStringAsync(new Uri($"/office/portal/health?site={site.Code}", UriKind.Relative));

        Assert.Contains("互动回应差：超过3个月未答复的留言", html, StringComparison.Ordinal);
        Assert.Contains($"{letter.Number} 价格欺诈举报", html, StringComparison.Ordinal);
        Assert.Contains("登记后已120天未答复（办理中）", html, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class UnansweredLettersHealthOnSqlite(SqlitePlatform platform) : UnansweredLettersHealthTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class UnansweredLettersHealthOnPostgres(PostgresPlatform platform) : UnansweredLettersHealthTests(platform);

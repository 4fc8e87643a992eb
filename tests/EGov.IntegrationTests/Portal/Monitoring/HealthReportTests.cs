using System.Net;
using System.Text.Json;
using ClosedXML.Excel;
using EGov.IntegrationTests.Identity;
using EGov.IntegrationTests.Infrastructure;
using EGov.Portal.Domain.Articles;
using EGov.Portal.Domain.Channels;
using EGov.Portal.Domain.Sites;

namespace EGov.IntegrationTests.Portal.Monitoring;

public abstract class HealthReportTests(PlatformFactory platform)
{
    private readonly PortalBuilder _portal = new(platform);

    /// <summary>
    /// A sub-site of 区市场监管局 with: two channels out of cycle (news 20 days, notices 7 months), one long-stale data
    /// channel, five blank channels (veto), a fresh news channel whose article has three broken links, one external link
    /// and two unusable attachments, and a link channel that is not judged.
    /// </summary>
    private async Task<Site> UnhealthySiteAsync()
    {
        var site = await _portal.SiteAsync("xlq-scjg");
        var now = DateTime.UtcNow;
        var news = await _portal.ChannelAsync(site, "工作动态", ChannelKind.News);
        await _portal.ArticleAsync(site, news, "二十天前的动态", ArticleStatus.Published, publishedAt: now.AddDays(-20));
        var notices = await _portal.ChannelAsync(site, "通知公告", ChannelKind.Notice);
        await _portal.ArticleAsync(site, notices, "七个月前的通知", ArticleStatus.Published, publishedAt: now.AddMonths(-7));
        var data = await _portal.ChannelAsync(site, "数据发布", ChannelKind.Data);
        await _portal.ArticleAsync(site, data, "十三个月前的数据", ArticleStatus.Published, publishedAt: now.AddMonths(-13));
        await _portal.ChannelAsync(site, "信息公开", ChannelKind.Link);

        var drafts = await _portal.ChannelAsync(site, "专题专栏", ChannelKind.General);
        var draft = await _portal.ArticleAsync(site, drafts, "未发布的草稿");
        await _portal.ChannelAsync(site, "机构职能", ChannelKind.SinglePage);
        await _portal.ChannelAsync(site, "负责人信息", ChannelKind.SinglePage);
        await _portal.ChannelAsync(site, "政策解读", ChannelKind.Interpretation);
        await _portal.ChannelAsync(site, "部门动态", ChannelKind.News);

        var fresh = await _portal.ChannelAsync(site, "要闻", ChannelKind.News);
        var body = $"""
            <p><a href="/sites/{site.Code}/articles/{Guid.NewGuid():N}">不存在的稿件</a>
            <a href="/sites/{site.Code}/channels/no-such-channel">不存在的栏目</a>
            <a href="/sites/{site.Code}/articles/{draft.Id:N}">草稿</a>
            <a href="/sites/{site.Code}/channels/{news.Code}">有效栏目</a>
            <a href="/sites/{site.Code}/">本站首页</a>
            <a href="https://www.gov.cn/zhengce/">中国政府网</a></p>
            """;
        var article = await _portal.ArticleAsync(site, fresh, "昨天的要闻", ArticleStatus.Published, body, now.AddDays(-1));
        await MonitoringData.AttachAsync(platform, article, "完好的附件");
        await MonitoringData.AttachAsync(platform, article, "文件丢失的附件", deleteFile: true);
        await MonitoringData.AttachUnknownAsync(platform, article, "记录丢失的附件");
        await MonitoringData.GrantMonitorAsync(platform);
        return site;
    }

    private async Task<Browser> SignedInAsync(string user)
    {
        var browser = new Browser(platform);
        var response = await browser.SignInAsync(user, "Demo@2026");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    private static string[] Names(JsonElement site, string list)
        => Sorted(site.GetProperty(list).EnumerateArray().Select(c => c.GetProperty("name").GetString()!).ToArray());

    private static string[] Sorted(params string[] values) => values.Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public async Task Report_names_exactly_the_stale_blank_and_broken_findings_and_marks_the_crossed_veto()
    {
        var site = await UnhealthySiteAsync();
        var browser = await SignedInAsync("quzhang");

        var json = JsonDocument.Parse(await browser.Client.GetStringAsync($"/api/v1/portal/health-report?site={site.Code}")).RootElement;

        var report = Assert.Single(json.GetProperty("sites").EnumerateArray());
        Assert.Equal(Sorted("通知公告", "工作动态"), Names(report, "staleChannels"));
        Assert.Equal(Sorted("数据发布"), Names(report, "longStaleChannels"));
        Assert.Equal(Sorted("专题专栏", "政策解读", "机构职能", "负责人信息", "部门动态"), Names(report, "blankChannels"));
        var broken = report.GetProperty("brokenLinks").EnumerateArray().Select(l => l.GetProperty("reason").GetString()!).ToArray();
        Assert.Equal(Sorted("栏目不存在", "稿件不存在", "稿件未发布或已撤下"), Sorted(broken));
        Assert.Equal("https://www.gov.cn/zhengce/", Assert.Single(report.GetProperty("externalLinks").EnumerateArray()).GetProperty("link").GetString());
        var missing = report.GetProperty("missingAttachments").EnumerateArray().Select(a => $"{a.GetProperty("title").GetString()}：{a.GetProperty("reason").GetString()}").ToArray();
        Assert.Equal(Sorted("文件丢失的附件：附件文件无法打开", "记录丢失的附件：附件记录不存在"), Sorted(missing));

        // The portal's own indicators; other modules add theirs (互动回应差), tested with those modules.
        var crossed = report.GetProperty("indicators").EnumerateArray().Where(i => !i.GetProperty("code").GetString()!.StartsWith("interaction_", StringComparison.Ordinal))
            .ToDictionary(i => i.GetProperty("code").GetString()!, i => i.GetProperty("crossed").GetBoolean());
        Assert.Equal(new Dictionary<string, bool> { ["home_not_updated"] = false, ["channels_not_updated"] = false, ["channels_long_stale"] = false, ["channels_blank"] = true }, crossed);
        Assert.True(report.GetProperty("hasVeto").GetBoolean());
        Assert.Equal("存在单项否决问题", report.GetProperty("verdict").GetString());
        Assert.Equal(1, report.GetProperty("home").GetProperty("daysSince").GetInt32());
    }

    [Fact]
    public async Task Site_without_any_update_is_marked_home_not_updated()
    {
        var site = await _portal.SiteAsync("xlq-scjg");
        await _portal.ChannelAsync(site, "工作动态", ChannelKind.News);
        await MonitoringData.GrantMonitorAsync(platform);
        var browser = await SignedInAsync("quzhang");

        var json = JsonDocument.Parse(await browser.Client.GetStringAsync($"/api/v1/portal/health-report?site={site.Code}")).RootElement;

        var home = json.GetProperty("sites")[0].GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "home_not_updated");
        Assert.True(home.GetProperty("crossed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, home.GetProperty("figure").ValueKind);
    }

    [Fact]
    public async Task Page_shows_the_verdict_and_veto_marks_as_text()
    {
        var site = await UnhealthySiteAsync();
        var browser = await SignedInAsync("quzhang");

        var html = await browser.Client.GetStringAsync($"/office/portal/health?site={site.Code}");

        Assert.Contains("存在单项否决问题", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge text-bg-danger\">否决</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge text-bg-success\">未触发</span>", html, StringComparison.Ordinal);
        Assert.Contains("空白栏目（5）", html, StringComparison.Ordinal);
        Assert.Contains("no-such-channel", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Excel_export_is_a_workbook_with_one_row_per_finding()
    {
        var site = await UnhealthySiteAsync();
        var browser = await SignedInAsync("quzhang");

        var response = await browser.Client.GetAsync($"/office/portal/health?handler=Export&site={site.Code}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        Assert.Equal(5, workbook.Worksheet("单项否决指标").RowsUsed().Count() - 1);
        var blank = workbook.Worksheet("空白栏目");
        Assert.Equal(5, blank.RowsUsed().Count() - 1);
        Assert.Equal("栏目", blank.Cell(1, 2).GetString());
        Assert.Equal(3, workbook.Worksheet("失效链接").RowsUsed().Count() - 1);
        Assert.Equal("否决", workbook.Worksheet("单项否决指标").Cell(5, 6).GetString());
    }

    [Fact]
    public async Task Monitor_of_another_department_cannot_read_the_site()
    {
        var site = await UnhealthySiteAsync();
        var browser = await SignedInAsync("bgs.zhuren");

        var one = await browser.Client.GetAsync($"/api/v1/portal/health-report?site={site.Code}");
        var all = JsonDocument.Parse(await browser.Client.GetStringAsync("/api/v1/portal/health-report")).RootElement;
        var page = await browser.Client.GetAsync($"/office/portal/health?site={site.Code}");

        Assert.Equal(HttpStatusCode.Forbidden, one.StatusCode);
        Assert.DoesNotContain(all.GetProperty("sites").EnumerateArray(), s => s.GetProperty("siteCode").GetString() == site.Code);
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
    }

    [Fact]
    public async Task Staff_without_the_monitor_permission_are_refused()
    {
        var site = await UnhealthySiteAsync();
        var browser = await SignedInAsync("scjg.shenhe");

        var response = await browser.Client.GetAsync($"/api/v1/portal/health-report?site={site.Code}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class HealthReportTestsOnSqlite(SqlitePlatform platform) : HealthReportTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class HealthReportTestsOnPostgres(PostgresPlatform platform) : HealthReportTests(platform);

using System.Net;
using System.Text.Json;
using ClosedXML.Excel;
using EGov.IntegrationTests.Identity;
using EGov.IntegrationTests.Infrastructure;
using EGov.Portal.Domain.Articles;
using EGov.Portal.Domain.Channels;
using EGov.Portal.Domain.Statistics;
using EGov.Portal.Monitoring.Statistics;
using EGov.Portal.PublicSite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Portal.Monitoring;

public abstract class PageViewTests(PlatformFactory platform)
{
    private readonly PortalBuilder _portal = new(platform);

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url, string userAgent = "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0", HttpMethod? method = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, url);
        request.Headers.UserAgent.ParseAdd(userAgent);
        return await client.SendAsync(request);
    }

    /// <summary>The real public pages, with the site directory reloaded so that the sites the test just wrote are served.</summary>
    private async Task<PlatformFactory> LivePagesAsync()
    {
        await platform.Services.GetRequiredService<PublicPageCache>().EvictAsync();
        return platform;
    }

    [Fact]
    public async Task Concurrent_article_views_are_all_counted_after_a_flush_and_reported_by_the_statistics_api()
    {
        var site = await _portal.SiteAsync("xlq-scjg");
        var channel = await _portal.ChannelAsync(site, "工作动态", ChannelKind.News);
        var article = await _portal.ArticleAsync(site, channel, "被浏览的动态", ArticleStatus.Published);
        var host = await LivePagesAsync();
        var client = host.CreateClient();
        const int Views = 40;

        await Task.WhenAll(Enumerable.Range(0, Views).Select(_ => GetAsync(client, $"/sites/{site.Code}/articles/{article.Id:N}")));
        await GetAsync(client, $"/sites/{site.Code}/articles/{article.Id:N}/print");
        await GetAsync(client, $"/sites/{site.Code}/articles/{article.Id:N}", "Mozilla/5.0 (compatible; Baiduspider/2.0)");
        await GetAsync(client, $"/sites/{site.Code}/articles/{article.Id:N}", method: HttpMethod.Head);
        await GetAsync(client, $"/sites/{site.Code}/channels/{channel.Code}");
        await GetAsync(client, $"/sites/{site.Code}/channels/{channel.Code}/rss.xml");
        await host.Services.GetRequiredService<PageViewFlusher>().FlushAsync();

        await using (var scope = platform.Scope())
        {
            var rows = await PlatformFactory.Db(scope).Set<PageViewDay>().Where(v => v.SiteId == site.Id).ToListAsync();
            Assert.Equal(Views + 1, rows.Single(r => r.ArticleId == article.Id).Count);
            Assert.Equal(1, rows.Single(r => r.ArticleId == Guid.Empty).Count);
            Assert.All(rows, r => Assert.Equal(channel.Id, r.ChannelId));
        }

        await MonitoringData.GrantMonitorAsync(platform);
        var browser = new Browser(platform);
        await browser.SignInAsync("quzhang", "Demo@2026");
        var json = JsonDocument.Parse(await browser.Client.GetStringAsync($"/api/v1/portal/statistics?site={site.Code}")).RootElement;
        Assert.Equal(Views + 2, json.GetProperty("total").GetInt64());
        var top = Assert.Single(json.GetProperty("topArticles").EnumerateArray());
        Assert.Equal("被浏览的动态", top.GetProperty("title").GetString());
        Assert.Equal(Views + 1, top.GetProperty("count").GetInt64());
        var channelViews = Assert.Single(json.GetProperty("topChannels").EnumerateArray());
        Assert.Equal(1, channelViews.GetProperty("listViews").GetInt64());
        Assert.Equal(30, json.GetProperty("daily").GetArrayLength());
    }

    [Fact]
    public async Task A_second_flush_adds_to_the_days_row()
    {
        var site = await _portal.SiteAsync("xlq-scjg");
        var channel = await _portal.ChannelAsync(site, "通知公告", ChannelKind.Notice);
        var article = await _portal.ArticleAsync(site, channel, "两次写入", ArticleStatus.Published);
        var host = await LivePagesAsync();
        var client = host.CreateClient();
        var flusher = host.Services.GetRequiredService<PageViewFlusher>();

        await GetAsync(client, $"/sites/{site.Code}/articles/{article.Id:N}");
        await flusher.FlushAsync();
        await GetAsync(client, $"/sites/{site.Code}/articles/{article.Id:N}");
        await GetAsync(client, $"/sites/{site.Code}/articles/{article.Id:N}");
        await flusher.FlushAsync();

        await using var scope = platform.Scope();
        var row = await PlatformFactory.Db(scope).Set<PageViewDay>().SingleAsync(v => v.ArticleId == article.Id);
        Assert.Equal(3, row.Count);
    }

    [Fact]
    public async Task Missing_pages_do_not_count()
    {
        var client = platform.CreateClient();
        var unknown = Guid.NewGuid();

        var response = await GetAsync(client, $"/articles/{unknown:N}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(platform.Services.GetRequiredService<PageViewCounter>().Drain(), v => v.Key.ArticleId == unknown);
    }

    [Fact]
    public async Task Statistics_export_is_a_workbook_with_a_row_per_day_and_the_counted_article()
    {
        var site = await _portal.SiteAsync("xlq-scjg");
        var channel = await _portal.ChannelAsync(site, "工作动态", ChannelKind.News);
        var article = await _portal.ArticleAsync(site, channel, "导出的动态", ArticleStatus.Published);
        var host = await LivePagesAsync();
        await GetAsync(host.CreateClient(), $"/sites/{site.Code}/articles/{article.Id:N}");
        await host.Services.GetRequiredService<PageViewFlusher>().FlushAsync();
        await MonitoringData.GrantMonitorAsync(platform);
        var browser = new Browser(platform);
        await browser.SignInAsync("quzhang", "Demo@2026");

        var response = await browser.Client.GetAsync($"/office/portal/statistics?handler=Export&site={site.Code}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        Assert.Equal(30, workbook.Worksheet("每日浏览量").RowsUsed().Count() - 1);
        var articles = workbook.Worksheet("稿件排行");
        Assert.Equal("导出的动态", articles.Cell(2, 2).GetString());
        Assert.Equal(1, articles.Cell(2, 5).GetValue<long>());
    }

    [Fact]
    public async Task Statistics_page_carries_the_chart_data_and_tables_for_readers_without_script()
    {
        var site = await _portal.SiteAsync("xlq-scjg");
        await MonitoringData.GrantMonitorAsync(platform);
        var browser = new Browser(platform);
        await browser.SignInAsync("quzhang", "Demo@2026");

        var html = await browser.Client.GetStringAsync($"/office/portal/statistics?site={site.Code}&from=2026-01-01&to=2026-01-03");

        Assert.Contains("data-series=\"[[&quot;2026-01-01&quot;,0],[&quot;2026-01-02&quot;,0],[&quot;2026-01-03&quot;,0]]\"", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">2026年1月2日</th>", html, StringComparison.Ordinal);
        Assert.Contains("/js/portal-statistics.js", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Statistics_api_refuses_a_reversed_range_in_chinese()
    {
        var site = await _portal.SiteAsync("xlq-scjg");
        await MonitoringData.GrantMonitorAsync(platform);
        var browser = new Browser(platform);
        await browser.SignInAsync("quzhang", "Demo@2026");

        var response = await browser.Client.GetAsync($"/api/v1/portal/statistics?site={site.Code}&from=2026-02-01&to=2026-01-01");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("开始日期不能晚于结束日期", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PageViewTestsOnSqlite(SqlitePlatform platform) : PageViewTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class PageViewTestsOnPostgres(PostgresPlatform platform) : PageViewTests(platform);

using System.Net;
using EGov.IntegrationTests.Infrastructure;
using EGov.Portal.Domain.Articles;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EGov.IntegrationTests.Portal.PublicSite;

public abstract class PublicPagesTests(PlatformFactory platform)
{
    private readonly HttpClient _client = platform.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    private readonly PublicSiteData _data = new(platform);

    [Fact]
    public async Task Portal_home_shows_the_latest_published_news_and_not_drafts()
    {
        var portal = await _data.PortalAsync();
        var news = await _data.ChannelAsync(portal, "yw");
        var published = await _data.ArticleAsync(portal, news, "要闻测试已发布" + Guid.NewGuid().ToString("N")[..6]);
        var draft = await _data.ArticleAsync(portal, news, "要闻测试草稿" + Guid.NewGuid().ToString("N")[..6], ArticleStatus.Draft);

        var html = await _client.GetStringAsync("/");

        Assert.Contains(published.Title, html, StringComparison.Ordinal);
        Assert.DoesNotContain(draft.Title, html, StringComparison.Ordinal);
        Assert.Contains("政务服务", html, StringComparison.Ordinal);
        Assert.Contains("公务员办公门户", html, StringComparison.Ordinal);
        Assert.Contains("部门网站", html, StringComparison.Ordinal);
        Assert.Contains("/sites/scjg/", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sub_site_home_shows_its_own_news_under_its_address()
    {
        var site = await _data.SubSiteAsync();
        var news = await _data.ChannelAsync(site, "gzdt");
        var article = await _data.ArticleAsync(site, news, "子站工作动态" + Guid.NewGuid().ToString("N")[..6]);

        var html = await _client.GetStringAsync($"/sites/{site.Code}/");

        Assert.Contains(site.Name, html, StringComparison.Ordinal);
        Assert.Contains(article.Title, html, StringComparison.Ordinal);
        Assert.Contains($"/sites/{site.Code}/articles/{article.Id:N}", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/sites/no-such-site/")]
    [InlineData("/sites/no-such-site/channels/gzdt")]
    [InlineData("/channels/no-such-channel")]
    public async Task Unknown_site_or_channel_is_a_chinese_not_found_page(string url)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("页面不存在", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Closed_site_and_its_articles_are_not_found()
    {
        var site = await _data.SubSiteAsync(isOpen: false);
        var article = await _data.ArticleAsync(site, await _data.ChannelAsync(site, "gzdt"), "关闭子站的稿件");

        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/sites/{site.Code}/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/sites/{site.Code}/articles/{article.Id:N}")).StatusCode);
    }

    [Fact]
    public async Task Channel_lists_twenty_articles_a_page_with_dates_and_pages_on()
    {
        var site = await _data.SubSiteAsync();
        var channel = await _data.ChannelAsync(site, "tzgg");
        var start = DateTime.UtcNow.AddDays(-30);
        for (var i = 1; i <= 25; i++)
        {
            await _data.ArticleAsync(site, channel, $"分页通知{i:D2}号", publishedAt: start.AddDays(i), evict: i == 25);
        }

        var first = await _client.GetStringAsync($"/sites/{site.Code}/channels/tzgg");
        var second = await _client.GetStringAsync($"/sites/{site.Code}/channels/tzgg?page=2");

        Assert.Contains("分页通知25号", first, StringComparison.Ordinal);
        Assert.DoesNotContain("分页通知05号", first, StringComparison.Ordinal);
        Assert.Contains("共 25 条", first, StringComparison.Ordinal);
        Assert.Contains("?page=2", first, StringComparison.Ordinal);
        Assert.Contains("分页通知05号", second, StringComparison.Ordinal);
        Assert.DoesNotContain("分页通知06号", second, StringComparison.Ordinal);
        Assert.Matches(@"\d{4}年\d{1,2}月\d{1,2}日", first);
    }

    [Fact]
    public async Task Link_channel_leads_to_its_module_and_single_page_shows_its_text()
    {
        var link = await _client.GetAsync("/channels/xxgk");
        var overview = await _client.GetStringAsync("/channels/gkxx");

        Assert.Equal(HttpStatusCode.Redirect, link.StatusCode);
        Assert.Equal("/disclosure", link.Headers.Location?.OriginalString);
        Assert.Contains("西陵区概况", overview, StringComparison.Ordinal);
        Assert.Contains("演示内容", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_page_carries_open_graph_tags_a_print_link_and_its_meta()
    {
        var portal = await _data.PortalAsync();
        var article = await _data.ArticleAsync(portal, await _data.ChannelAsync(portal, "yw"), "开放图谱测试稿件", configure: a =>
        {
            a.Source = "区政府办公室";
            a.Subtitle = "副标题测试";
            a.Keywords = "测试,开放图谱";
        });

        var html = await _client.GetStringAsync($"/articles/{article.Id:N}");
        var print = await _client.GetAsync($"/articles/{article.Id:N}/print");

        Assert.Contains("<meta property=\"og:title\" content=\"开放图谱测试稿件\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:type\" content=\"article\">", html, StringComparison.Ordinal);
        Assert.Contains($"<meta property=\"og:url\" content=\"http://localhost/articles/{article.Id:N}\">", html, StringComparison.Ordinal);
        Assert.Contains("property=\"og:description\"", html, StringComparison.Ordinal);
        Assert.Contains("property=\"og:site_name\"", html, StringComparison.Ordinal);
        Assert.Contains("来源：区政府办公室", html, StringComparison.Ordinal);
        Assert.Contains("发布时间：", html, StringComparison.Ordinal);
        Assert.Contains("副标题测试", html, StringComparison.Ordinal);
        Assert.Contains("关键词：测试、开放图谱", html, StringComparison.Ordinal);
        Assert.Contains($"/articles/{article.Id:N}/print", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, print.StatusCode);
        Assert.Contains("portal-public.css", await print.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Withdrawn_or_taken_down_article_is_gone_and_a_draft_is_not_found()
    {
        var portal = await _data.PortalAsync();
        var channel = await _data.ChannelAsync(portal, "tzgg");
        var withdrawn = await _data.ArticleAsync(portal, channel, "撤稿测试", ArticleStatus.Withdrawn);
        var takenDown = await _data.ArticleAsync(portal, channel, "下线测试", ArticleStatus.TakenDown);
        var draft = await _data.ArticleAsync(portal, channel, "草稿测试", ArticleStatus.Submitted);

        var gone = await _client.GetAsync($"/articles/{withdrawn.Id:N}");

        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.Contains("信息已撤回", await gone.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, (await _client.GetAsync($"/articles/{takenDown.Id:N}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/articles/{draft.Id:N}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/articles/{Guid.NewGuid():N}")).StatusCode);
    }

    [Fact]
    public async Task Site_map_page_lists_every_open_site_with_its_channels()
    {
        var html = await _client.GetStringAsync("/sitemap");

        Assert.Contains("网站地图", html, StringComparison.Ordinal);
        Assert.Contains("/channels/zwdt", html, StringComparison.Ordinal);
        Assert.Contains("/sites/scjg/channels/gzdt", html, StringComparison.Ordinal);
        Assert.Contains("西陵区市场监督管理局", html, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PublicPagesTestsOnSqlite(SqlitePlatform platform) : PublicPagesTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class PublicPagesTestsOnPostgres(PostgresPlatform platform) : PublicPagesTests(platform);

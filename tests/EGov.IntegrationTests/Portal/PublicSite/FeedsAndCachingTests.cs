using System.Net;
using System.Xml.Linq;
using EGov.IntegrationTests.Identity;
using EGov.IntegrationTests.Infrastructure;
using EGov.Portal.Domain.Articles;

namespace EGov.IntegrationTests.Portal.PublicSite;

public abstract class FeedsAndCachingTests(PlatformFactory platform)
{
    private readonly HttpClient _client = platform.CreateClient();
    private readonly PublicSiteData _data = new(platform);

    [Fact]
    public async Task Channel_rss_is_xml_with_absolute_links_to_its_latest_articles()
    {
        var site = await _data.SubSiteAsync();
        var article = await _data.ArticleAsync(site, await _data.ChannelAsync(site, "gzdt"), "订阅测试稿件");

        var response = await _client.GetAsync($"/sites/{site.Code}/channels/gzdt/rss.xml");
        var rss = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var channelPage = await _client.GetStringAsync($"/sites/{site.Code}/channels/gzdt");

        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("2.0", rss.Root!.Attribute("version")!.Value);
        var item = Assert.Single(rss.Root.Element("channel")!.Elements("item"));
        Assert.Equal("订阅测试稿件", item.Element("title")!.Value);
        Assert.Equal($"http://localhost/sites/{site.Code}/articles/{article.Id:N}", item.Element("link")!.Value);
        Assert.Contains("type=\"application/rss+xml\"", channelPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Portal_rss_holds_at_most_twenty_items()
    {
        var rss = XDocument.Parse(await _client.GetStringAsync("/channels/zwdt/rss.xml"));

        var items = rss.Root!.Element("channel")!.Elements("item").ToList();
        Assert.InRange(items.Count, 1, 20);
        Assert.All(items, i => Assert.StartsWith("http://localhost/", i.Element("link")!.Value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sitemap_xml_lists_homes_channels_and_published_articles_with_lastmod()
    {
        var portal = await _data.PortalAsync();
        var published = await _data.ArticleAsync(portal, await _data.ChannelAsync(portal, "tzgg"), "站点地图已发布");
        var draft = await _data.ArticleAsync(portal, await _data.ChannelAsync(portal, "tzgg"), "站点地图草稿", ArticleStatus.Draft);

        var xml = XDocument.Parse(await _client.GetStringAsync("/sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = xml.Root!.Elements(ns + "url").ToDictionary(u => u.Element(ns + "loc")!.Value, u => u.Element(ns + "lastmod")?.Value);

        Assert.Contains("http://localhost/", urls.Keys);
        Assert.Contains("http://localhost/sites/scjg/", urls.Keys);
        Assert.Contains("http://localhost/channels/tzgg", urls.Keys);
        Assert.NotNull(urls[$"http://localhost/articles/{published.Id:N}"]);
        Assert.DoesNotContain($"http://localhost/articles/{draft.Id:N}", urls.Keys);
    }

    [Fact]
    public async Task Robots_txt_keeps_crawlers_out_of_staff_addresses_and_names_the_sitemap()
    {
        var robots = await _client.GetStringAsync("/robots.txt");

        foreach (var path in new[] { "/office", "/admin", "/account", "/api" })
        {
            Assert.Contains($"Disallow: {path}\n", robots, StringComparison.Ordinal);
        }

        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_pages_come_from_the_cache_until_a_publish_evicts_it()
    {
        var site = await _data.SubSiteAsync();
        var channel = await _data.ChannelAsync(site, "tzgg");
        var url = $"/sites/{site.Code}/channels/tzgg";
        await _client.GetStringAsync(url);

        var article = await _data.ArticleAsync(site, channel, "缓存测试稿件", evict: false);
        var cached = await _client.GetStringAsync(url);
        await _data.EvictAsync();
        var fresh = await _client.GetStringAsync(url);

        Assert.DoesNotContain(article.Title, cached, StringComparison.Ordinal);
        Assert.Contains(article.Title, fresh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Withdrawal_is_visible_on_the_next_request_after_eviction()
    {
        var site = await _data.SubSiteAsync();
        var article = await _data.ArticleAsync(site, await _data.ChannelAsync(site, "gzdt"), "即将撤回的稿件");
        var url = $"/sites/{site.Code}/articles/{article.Id:N}";
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(url)).StatusCode);

        await _data.SetStatusAsync(article, ArticleStatus.Withdrawn);

        Assert.Equal(HttpStatusCode.Gone, (await _client.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Signed_in_staff_never_get_a_cached_page()
    {
        var site = await _data.SubSiteAsync();
        var channel = await _data.ChannelAsync(site, "tzgg");
        var url = $"/sites/{site.Code}/channels/tzgg";
        await _client.GetStringAsync(url);
        var browser = new Browser(platform);
        await browser.SignInAsync("scjg.bianji", "Demo@2026");

        var article = await _data.ArticleAsync(site, channel, "登录用户看到的新稿件", evict: false);
        var html = await (await browser.GetAsync(url)).Content.ReadAsStringAsync();

        Assert.Contains(article.Title, html, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class FeedsAndCachingTestsOnSqlite(SqlitePlatform platform) : FeedsAndCachingTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class FeedsAndCachingTestsOnPostgres(PostgresPlatform platform) : FeedsAndCachingTests(platform);

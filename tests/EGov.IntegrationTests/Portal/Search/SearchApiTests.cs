using System.Net;
using System.Text.Json;
using EGov.IntegrationTests.Infrastructure;
using EGov.Portal.Domain.Articles;
using EGov.Portal.Search.Rebuild;

namespace EGov.IntegrationTests.Portal.Search;

public abstract class SearchApiTests(PlatformFactory platform)
{
    private readonly PortalBuilder _portal = new(platform);

    private async Task<JsonElement> SearchAsync(string query)
    {
        using var client = platform.CreateClient();
        var response = await client.GetAsync(new Uri("/api/v1/search?" + query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task Published_article_is_found_at_once_in_the_agreed_shape()
    {
        var site = await _portal.SiteAsync(name: "区市场监管局测试子站");
        var channel = await _portal.ChannelAsync(site);
        await SearchPublishing.PublishAsync(platform, site, channel, "营业执照网上办理指南", "<p>企业办理营业执照可在网上提交材料。</p>");

        var answer = await SearchAsync($"q=营业执照%20网上&site={site.Code}");

        Assert.Equal(1, answer.GetProperty("total").GetInt32());
        var hit = Assert.Single(answer.GetProperty("hits").EnumerateArray().ToList());
        Assert.Equal(["title", "url", "snippet", "type", "site", "date"], hit.EnumerateObject().Select(p => p.Name));
        Assert.Equal("营业执照网上办理指南", hit.GetProperty("title").GetString());
        Assert.Equal("区市场监管局测试子站", hit.GetProperty("site").GetString());
        Assert.Equal("article", hit.GetProperty("type").GetString());
        Assert.StartsWith($"/sites/{site.Code}/articles/", hit.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Contains("<em>营业执照</em>", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("Z", hit.GetProperty("date").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Withdrawn_article_disappears_at_once()
    {
        var site = await _portal.SiteAsync();
        var channel = await _portal.ChannelAsync(site);
        var article = await SearchPublishing.PublishAsync(platform, site, channel, "公积金提取办法", "<p>公积金提取的条件。</p>");
        Assert.Equal(1, (await SearchAsync($"q=公积金&site={site.Code}")).GetProperty("total").GetInt32());

        await SearchPublishing.WithdrawAsync(platform, article);

        Assert.Equal(0, (await SearchAsync($"q=公积金&site={site.Code}")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Bad_query_is_a_problem_in_Chinese()
    {
        using var client = platform.CreateClient();
        var response = await client.GetAsync(new Uri("/api/v1/search?q=&page=0", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("portal.search_invalid", problem.GetProperty("code").GetString());
        Assert.Equal("请输入要搜索的内容。", problem.GetProperty("errors").GetProperty("q")[0].GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("page", out _));
    }

    [Fact]
    public async Task Search_page_shows_highlighted_results_and_marks_the_current_page()
    {
        var site = await _portal.SiteAsync();
        var channel = await _portal.ChannelAsync(site);
        for (var i = 1; i <= 11; i++)
        {
            await SearchPublishing.PublishAsync(platform, site, channel, $"不动产登记窗口公告{i}", "<p>不动产登记窗口延时服务。</p>");
        }

        using var client = platform.CreateClient();
        var html = await client.GetStringAsync(new Uri($"/search?q=不动产登记&site={site.Code}", UriKind.Relative));

        Assert.Contains("找到 11 条结果", html, StringComparison.Ordinal);
        Assert.Contains("<em>不动产登记</em>", html, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\"", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"search-q\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_page_explains_bad_input()
    {
        using var client = platform.CreateClient();
        var html = await client.GetStringAsync(new Uri("/search?q=医保&from=2026-02-30", UriKind.Relative));

        Assert.Contains("开始日期格式应为 2026-11-28。", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rebuild_command_restores_records_missing_from_the_index()
    {
        var site = await _portal.SiteAsync();
        var channel = await _portal.ChannelAsync(site);
        await _portal.ArticleAsync(site, channel, "社保卡补办流程", ArticleStatus.Published, "<p>社保卡补办须携带身份证。</p>");
        Assert.Equal(0, (await SearchAsync($"q=社保卡&site={site.Code}")).GetProperty("total").GetInt32());

        using var output = new StringWriter();
        var exit = await new SearchRebuildVerb().RunAsync(platform.Services, [], output, CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.Matches(@"重建完成，共索引 \d+ 条，每秒 \d+ 条", output.ToString());
        Assert.Equal(1, (await SearchAsync($"q=社保卡&site={site.Code}")).GetProperty("total").GetInt32());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SearchApiOnSqlite(SqlitePlatform platform) : SearchApiTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class SearchApiOnPostgres(PostgresPlatform platform) : SearchApiTests(platform);

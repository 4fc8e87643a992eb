using System.Net;
using System.Text.Json;
using EGov.IntegrationTests.Infrastructure;
using EGov.Portal.Domain.Articles;

namespace EGov.IntegrationTests.Portal.PublicSite;

public abstract class PublicContentApiTests(PlatformFactory platform)
{
    private readonly HttpClient _client = platform.CreateClient();
    private readonly PublicSiteData _data = new(platform);

    private async Task<JsonElement> JsonAsync(string url) => JsonDocument.Parse(await _client.GetStringAsync(url)).RootElement;

    [Fact]
    public async Task Apps_read_what_the_pages_show_without_signing_in()
    {
        var portal = await _data.PortalAsync();
        var policy = await _data.ArticleAsync(portal, await _data.ChannelAsync(portal, "wjzl"), "接口读取的政策文件", configure: a =>
        {
            a.Type = ArticleType.PolicyDocument;
            a.DocumentNumber = "西陵政规〔2026〕98号";
            a.Validity = PolicyValidity.Amended;
        });
        var interpretation = await _data.ArticleAsync(portal, await _data.ChannelAsync(portal, "zcjd"), "接口读取的政策解读", configure: a =>
        {
            a.Type = ArticleType.Interpretation;
            a.InterpretsId = policy.Id;
        });

        var sites = await JsonAsync("/api/v1/portal/public/sites");
        var channels = await JsonAsync("/api/v1/portal/public/sites/www/channels");
        var list = await JsonAsync("/api/v1/portal/public/sites/www/channels/wjzl/articles");
        var article = await JsonAsync($"/api/v1/portal/public/sites/www/articles/{policy.Id}");

        Assert.Contains(sites.EnumerateArray(), s => s.GetProperty("code").GetString() == "www" && s.GetProperty("isPortal").GetBoolean());
        Assert.Contains(channels.EnumerateArray(), c => c.GetProperty("code").GetString() == "zcjd" && c.GetProperty("parent").GetString() == "wjzl");
        Assert.Contains(list.GetProperty("items").EnumerateArray(), i => i.GetProperty("title").GetString() == "接口读取的政策文件");
        Assert.Equal("西陵政规〔2026〕98号", article.GetProperty("documentNumber").GetString());
        Assert.Equal("已修改", article.GetProperty("validity").GetString());
        var linked = Assert.Single(article.GetProperty("interpretations").EnumerateArray());
        Assert.Equal(("接口读取的政策解读", $"/articles/{interpretation.Id:N}"), (linked.GetProperty("title").GetString(), linked.GetProperty("url").GetString()));
    }

    [Fact]
    public async Task Withdrawn_article_is_gone_and_a_draft_is_not_found()
    {
        var portal = await _data.PortalAsync();
        var channel = await _data.ChannelAsync(portal, "yw");
        var withdrawn = await _data.ArticleAsync(portal, channel, "接口中已撤回的信息", ArticleStatus.Withdrawn);
        var draft = await _data.ArticleAsync(portal, channel, "接口中的草稿", ArticleStatus.Draft);

        var gone = await _client.GetAsync($"/api/v1/portal/public/sites/www/articles/{withdrawn.Id}");
        var hidden = await _client.GetAsync($"/api/v1/portal/public/sites/www/articles/{draft.Id}");
        var list = await _client.GetStringAsync("/api/v1/portal/public/sites/www/channels/yw/articles");

        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.Equal("application/problem+json", gone.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.DoesNotContain("接口中的草稿", list, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PublicContentApiTestsOnSqlite(SqlitePlatform platform) : PublicContentApiTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class PublicContentApiTestsOnPostgres(PostgresPlatform platform) : PublicContentApiTests(platform);

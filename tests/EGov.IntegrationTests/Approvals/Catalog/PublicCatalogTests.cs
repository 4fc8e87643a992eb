using System.Net;
using System.Text.Json;
using EGov.IntegrationTests.Infrastructure;

namespace EGov.IntegrationTests.Approvals.Catalog;

public abstract class PublicCatalogTests(PlatformFactory platform)
{
    private async Task<string> GetAsync(string url)
    {
        using var anonymous = platform.CreateClient();
        var response = await anonymous.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task The_guide_shows_every_element_with_downloads_and_the_online_button()
    {
        var food = await ItemsClient.DemoAsync(platform, "XLXZSP-XK-001");

        var guide = WebUtility.HtmlDecode(await GetAsync($"/services/items/{food.Id}"));

        foreach (var text in new[]
        {
            "食品经营许可（新办）", "XLXZSP-XK-001", "行政许可（01）", "承诺件", "《中华人民共和国食品安全法》第三十五条", "20个工作日", "10个工作日",
            "Ⅳ级（全程网办）", "互联网电子证照反馈", "食品经营许可证", "食品安全管理制度", "容缺", "审查", "不收费", "西陵区政务服务中心", "0717-6856201", "0717-12345",
            "上午9:00–12:00", "仅销售预包装食品需要办理食品经营许可吗？", $"/services/items/{food.Id}/apply", $"/services/items/{food.Id}/print",
            $"/api/v1/attachments/{food.ResultSampleId}",
        })
        {
            Assert.True(guide.Contains(text, StringComparison.Ordinal), $"missing: {text}");
        }
    }

    [Fact]
    public async Task The_print_view_has_its_own_stylesheet_and_no_inline_style_or_script()
    {
        var item = await ItemsClient.DemoAsync(platform, "XLZRZY-QR-001");

        var print = await GetAsync($"/services/items/{item.Id}/print");

        Assert.Contains("/css/approvals-guide-print.css", print, StringComparison.Ordinal);
        Assert.Contains("不动产登记（转移登记） 办事指南", print, StringComparison.Ordinal);
        Assert.Contains("住宅类不动产登记费", print, StringComparison.Ordinal);
        Assert.Contains("财税〔2016〕79号", print, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", print, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", print, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Items_are_found_by_life_event_business_stage_and_department()
    {
        var retirement = await GetAsync("/services/items?event=退休");
        var closing = await GetAsync("/services/items?stage=注销");
        var rsj = await GetAsync("/services/items?department=xlq-rsj");
        var home = await GetAsync("/services");

        Assert.Contains("城乡居民基本养老保险待遇申领", retirement, StringComparison.Ordinal);
        Assert.DoesNotContain("食品经营许可", retirement, StringComparison.Ordinal);
        Assert.Contains("企业注销登记", closing, StringComparison.Ordinal);
        Assert.DoesNotContain("企业变更登记</a>", closing, StringComparison.Ordinal);
        Assert.Contains("丧葬补助金领取", rsj, StringComparison.Ordinal);
        Assert.DoesNotContain("生育登记", rsj, StringComparison.Ordinal);
        Assert.Contains("/services/items?event=%E5%87%BA%E7%94%9F", home, StringComparison.Ordinal);
        Assert.Contains("/services/items?department=xlq-xzsp", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_lists_by_topic_and_gives_the_guide_with_codes()
    {
        var births = JsonDocument.Parse(await GetAsync("/api/v1/approvals/items?event=出生")).RootElement;
        var food = await ItemsClient.DemoAsync(platform, "XLXZSP-XK-001");
        var guide = JsonDocument.Parse(await GetAsync($"/api/v1/approvals/items/{food.Id}")).RootElement;

        Assert.Equal(["生育登记"], births.EnumerateArray().Select(i => i.GetProperty("name").GetString()));
        Assert.Equal("01", guide.GetProperty("itemType").GetProperty("code").GetString());
        Assert.Equal("1^2^3^4^5^6^7", guide.GetProperty("onlineDepth").GetProperty("codes").GetString());
        Assert.Equal(7, guide.GetProperty("fields").GetArrayLength());
        Assert.Equal("容缺", guide.GetProperty("materials")[3].GetProperty("necessity").GetString());
        Assert.NotEqual(JsonValueKind.Null, guide.GetProperty("materials")[0].GetProperty("blankForm").ValueKind);
    }

    [Fact]
    public async Task The_site_search_finds_a_published_item()
    {
        var food = await ItemsClient.DemoAsync(platform, "XLXZSP-XK-001");

        var search = await GetAsync("/api/v1/search?q=食品经营许可&type=service");

        Assert.Contains($"/services/items/{food.Id}", search, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PublicCatalogOnSqlite(SqlitePlatform platform) : PublicCatalogTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class PublicCatalogOnPostgres(PostgresPlatform platform) : PublicCatalogTests(platform);

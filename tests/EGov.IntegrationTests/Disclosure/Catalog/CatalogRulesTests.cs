using System.Net;
using EGov.Disclosure.Domain.Catalog;
using EGov.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EGov.IntegrationTests.Disclosure.Catalog;

public abstract class CatalogRulesTests(PlatformFactory platform)
{
    [Fact]
    public async Task Staff_of_another_agency_can_neither_see_nor_edit_nor_create_for_it()
    {
        var clerk = await CatalogClient.SignInAsync(platform, "bgs.keyuan");
        var outsider = await CatalogClient.SignInAsync(platform, "scjg.bianji");
        var item = await clerk.CreateAsync("西陵区云集路夜间施工管理通告");
        var url = $"{CatalogClient.Api}/{item.GetProperty("id").GetGuid()}";

        var read = await outsider.Browser.GetAsync(url);
        var edit = await outsider.SendAsync(HttpMethod.Put, url, await outsider.ItemAsync("改名"));
        var page = await outsider.Browser.GetAsync($"/office/disclosure/catalog/{item.GetProperty("id").GetGuid()}");
        var create = await CatalogClient.JsonAsync(await outsider.PostAsync(CatalogClient.Api, await outsider.ItemAsync("越权新建", agency: "xlq")), HttpStatusCode.Forbidden);
        var list = await outsider.GetJsonAsync(CatalogClient.Api + "?q=" + Uri.EscapeDataString("云集路夜间施工"));

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (read.StatusCode, edit.StatusCode, page.StatusCode));
        Assert.Equal("disclosure.agency_out_of_scope", create.GetProperty("code").GetString());
        Assert.Equal(0, list.GetProperty("total").GetInt32());
        Assert.Equal("西陵区云集路夜间施工管理通告", (await clerk.GetJsonAsync(url)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Two_concurrent_creations_get_distinct_index_numbers()
    {
        var first = await CatalogClient.SignInAsync(platform, "bgs.keyuan");
        var second = await CatalogClient.SignInAsync(platform, "bgs.bianji");
        var bodies = await Task.WhenAll(first.ItemAsync("并发编目甲"), second.ItemAsync("并发编目乙"));

        var responses = await Task.WhenAll(first.PostAsync(CatalogClient.Api, bodies[0]), second.PostAsync(CatalogClient.Api, bodies[1]));

        var numbers = await Task.WhenAll(responses.Select(async r => (await CatalogClient.JsonAsync(r, HttpStatusCode.Created)).GetProperty("indexNumber").GetString()));
        Assert.NotEqual(numbers[0], numbers[1]);
        Assert.All(numbers, n => Assert.StartsWith("114205020112453761/", n, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Overdue_filter_lists_the_unpublished_proactive_item_past_its_20_working_days()
    {
        var clerk = await CatalogClient.SignInAsync(platform, "bgs.keyuan");

        var overdue = await clerk.GetJsonAsync(CatalogClient.Api + "/overdue");
        var page = await clerk.Browser.Client.GetStringAsync(new Uri("/office/disclosure/catalog?overdue=true", UriKind.Relative));

        var row = overdue.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString() == "西陵区2026年秋冬季森林防火应急预案");
        Assert.Equal("Overdue", row.GetProperty("warningLevel").GetString());
        Assert.All(overdue.GetProperty("items").EnumerateArray(), i => Assert.NotEqual("Published", i.GetProperty("status").GetString()));
        Assert.Contains("西陵区2026年秋冬季森林防火应急预案", page, StringComparison.Ordinal);
        Assert.Contains("level-overdue", page, StringComparison.Ordinal);
        Assert.DoesNotContain("西陵区2026年第三季度重点民生实事推进情况", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_is_a_problem_in_Chinese_and_saves_nothing()
    {
        var clerk = await CatalogClient.SignInAsync(platform, "bgs.keyuan");
        var body = await clerk.ItemAsync("不予公开却未写依据的信息", attribute: "不予公开");

        var problem = await CatalogClient.JsonAsync(await clerk.PostAsync(CatalogClient.Api, body), HttpStatusCode.BadRequest);

        Assert.Equal("请求内容有误", problem.GetProperty("title").GetString());
        Assert.Equal("disclosure.catalog_item_invalid", problem.GetProperty("code").GetString());
        Assert.Equal("不予公开的信息须选择不予公开的依据。", problem.GetProperty("errors").GetProperty("NonDisclosureGround")[0].GetString());
        Assert.Contains("理由", problem.GetProperty("errors").GetProperty("AttributeReason")[0].GetString(), StringComparison.Ordinal);
        await using var scope = platform.Scope();
        Assert.False(await PlatformFactory.Db(scope).Set<CatalogItem>().AnyAsync(i => i.Title == "不予公开却未写依据的信息"));
    }

    [Fact]
    public async Task On_request_item_shows_metadata_and_the_request_link_and_not_disclosed_items_never_appear()
    {
        using var anonymous = platform.CreateClient();

        var list = await anonymous.GetStringAsync(new Uri("/disclosure/catalog?agency=xlq-scjg&q=" + Uri.EscapeDataString("特种设备"), UriKind.Relative));
        var id = System.Text.RegularExpressions.Regex.Match(list, "/disclosure/catalog/([0-9a-f-]{36})\">西陵区市场监督管理局2025年度特种设备安全监察台账").Groups[1].Value;
        var page = await anonymous.GetStringAsync(new Uri($"/disclosure/catalog/{id}", UriKind.Relative));
        var hidden = await anonymous.GetStringAsync(new Uri("/disclosure/catalog?q=" + Uri.EscapeDataString("常务会议讨论记录"), UriKind.Relative));
        var second = await anonymous.GetStringAsync(new Uri("/disclosure/catalog?page=2", UriKind.Relative));

        Assert.Contains("依申请公开", page, StringComparison.Ordinal);
        Assert.Contains("/disclosure/requests/new?agency=xlq-scjg&amp;item=11420502011245384U", page, StringComparison.Ordinal);
        Assert.Contains("申请获取本信息", page, StringComparison.Ordinal);
        Assert.DoesNotContain("全文以附件或正式文件为准", page, StringComparison.Ordinal);
        Assert.DoesNotContain("西陵区人民政府常务会议讨论记录（2026年第12次）", hidden, StringComparison.Ordinal);
        Assert.Contains("共 0 条信息", hidden, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\">2</a>", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_save_of_agency_settings_on_the_same_version_is_refused()
    {
        var manager = await CatalogClient.SignInAsync(platform, "bgs.zhuren");
        var url = "/api/v1/disclosure/office/agencies/xlq-zfb";
        var settings = await manager.GetJsonAsync(url);
        var fields = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, object?>>(settings.GetProperty("settings").GetRawText())!;
        fields["officeName"] = "区政府办公室综合科";
        fields["address"] = "宜昌市西陵区夷陵大道112号";

        var first = await manager.SendAsync(HttpMethod.Put, url, fields);
        var second = await CatalogClient.JsonAsync(await manager.SendAsync(HttpMethod.Put, url, fields), HttpStatusCode.Conflict);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("该内容已被他人修改，请刷新页面，在最新内容上重新修改。", second.GetProperty("detail").GetString());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CatalogRulesOnSqlite(SqlitePlatform platform) : CatalogRulesTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class CatalogRulesOnPostgres(PostgresPlatform platform) : CatalogRulesTests(platform);

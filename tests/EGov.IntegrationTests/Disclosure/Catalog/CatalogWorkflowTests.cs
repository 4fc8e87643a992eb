using System.Net;
using System.Text.Json;
using EGov.IntegrationTests.Infrastructure;

namespace EGov.IntegrationTests.Disclosure.Catalog;

public abstract class CatalogWorkflowTests(PlatformFactory platform)
{
    private static string Api(JsonElement item, string step = "") => $"{CatalogClient.Api}/{item.GetProperty("id").GetGuid()}{step}";

    private static long Version(JsonElement item) => item.GetProperty("version").GetInt64();

    private async Task<JsonElement> SearchAsync(string q)
    {
        using var client = platform.CreateClient();
        return JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/v1/search?q={Uri.EscapeDataString(q)}", UriKind.Relative))).RootElement;
    }

    [Fact]
    public async Task Created_reviewed_and_published_item_is_in_the_public_catalog_and_the_search()
    {
        var clerk = await CatalogClient.SignInAsync(platform, "bgs.keyuan");
        var reviewer = await CatalogClient.SignInAsync(platform, "baomi");
        var created = await clerk.CreateAsync("西陵区桃花岭片区停车设施建设方案");

        var submitted = await CatalogClient.JsonAsync(await clerk.PostAsync(Api(created, "/submit"), new { version = Version(created) }), HttpStatusCode.OK);
        var reviewed = await CatalogClient.JsonAsync(await reviewer.PostAsync(Api(created, "/review"), new { passed = true, opinion = "不涉密，同意公开", version = Version(submitted) }), HttpStatusCode.OK);
        var published = await CatalogClient.JsonAsync(await clerk.PostAsync(Api(created, "/publish"), new { version = Version(reviewed) }), HttpStatusCode.OK);

        Assert.Matches(@"^114205020112453761/2026-\d{5}$", created.GetProperty("indexNumber").GetString());
        Assert.Equal(("InReview", "Published"), (submitted.GetProperty("status").GetString(), published.GetProperty("status").GetString()));
        Assert.Equal(("已公开", true), (published.GetProperty("clock").GetProperty("outcome").GetString(), published.GetProperty("clock").GetProperty("stopped").GetBoolean()));
        var review = Assert.Single(published.GetProperty("reviews").EnumerateArray().ToList());
        Assert.Equal(("邓伟", "不涉密，同意公开", Version(reviewed)), (review.GetProperty("reviewer").GetString(), review.GetProperty("opinion").GetString(), review.GetProperty("itemVersion").GetInt64()));
        using var anonymous = platform.CreateClient();
        var page = await anonymous.GetStringAsync(new Uri("/disclosure/catalog?q=" + Uri.EscapeDataString("桃花岭片区"), UriKind.Relative));
        Assert.Contains("西陵区桃花岭片区停车设施建设方案", page, StringComparison.Ordinal);
        Assert.Contains(created.GetProperty("indexNumber").GetString()!, page, StringComparison.Ordinal);
        var hit = (await SearchAsync("桃花岭 停车设施")).GetProperty("hits").EnumerateArray().Single(h => h.GetProperty("title").GetString() == "西陵区桃花岭片区停车设施建设方案");
        Assert.Equal(($"/disclosure/catalog/{created.GetProperty("id").GetGuid()}", "disclosure", "西陵区人民政府"),
            (hit.GetProperty("url").GetString(), hit.GetProperty("type").GetString(), hit.GetProperty("site").GetString()));
    }

    [Fact]
    public async Task Publication_is_refused_without_a_passed_review_of_the_current_version()
    {
        var clerk = await CatalogClient.SignInAsync(platform, "bgs.keyuan");
        var reviewer = await CatalogClient.SignInAsync(platform, "baomi");
        var created = await clerk.CreateAsync("西陵区夜明珠路人行道改造公告");
        var unreviewed = await CatalogClient.JsonAsync(await clerk.PostAsync(Api(created, "/publish"), new { version = Version(created) }), HttpStatusCode.Conflict);
        var submitted = await CatalogClient.JsonAsync(await clerk.PostAsync(Api(created, "/submit"), new { version = Version(created) }), HttpStatusCode.OK);
        var reviewed = await CatalogClient.JsonAsync(await reviewer.PostAsync(Api(created, "/review"), new { passed = true, version = Version(submitted) }), HttpStatusCode.OK);

        var edit = await clerk.ItemAsync("西陵区夜明珠路人行道改造公告（修订）");
        var edited = await CatalogClient.JsonAsync(await clerk.SendAsync(HttpMethod.Put, Api(created), SetVersion(edit, Version(reviewed))), HttpStatusCode.OK);
        var stale = await CatalogClient.JsonAsync(await clerk.PostAsync(Api(created, "/publish"), new { version = Version(edited) }), HttpStatusCode.Conflict);

        Assert.Equal("disclosure.catalog_item_not_reviewed", unreviewed.GetProperty("code").GetString());
        Assert.Equal("disclosure.catalog_item_not_reviewed", stale.GetProperty("code").GetString());
        Assert.Contains("保密审查", stale.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.False(edited.GetProperty("reviewedCurrentVersion").GetBoolean());
        Assert.Equal("Draft", (await clerk.GetJsonAsync(Api(created))).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Returning_needs_an_opinion_and_sends_the_item_back()
    {
        var clerk = await CatalogClient.SignInAsync(platform, "bgs.keyuan");
        var reviewer = await CatalogClient.SignInAsync(platform, "baomi");
        var created = await clerk.CreateAsync("西陵区学院街道菜市场升级改造情况");
        var submitted = await CatalogClient.JsonAsync(await clerk.PostAsync(Api(created, "/submit"), new { version = Version(created) }), HttpStatusCode.OK);

        var silent = await CatalogClient.JsonAsync(await reviewer.PostAsync(Api(created, "/review"), new { passed = false, opinion = "", version = Version(submitted) }), HttpStatusCode.BadRequest);
        var returned = await CatalogClient.JsonAsync(await reviewer.PostAsync(Api(created, "/review"), new { passed = false, opinion = "第二段含有个人信息，请删除", version = Version(submitted) }), HttpStatusCode.OK);

        Assert.Equal("退回时须填写保密审查意见。", silent.GetProperty("detail").GetString());
        Assert.Equal("Returned", returned.GetProperty("status").GetString());
        Assert.False(returned.GetProperty("reviews")[0].GetProperty("passed").GetBoolean());
    }

    private static Dictionary<string, object?> SetVersion(object item, long version)
    {
        var fields = JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(item))!;
        fields["version"] = version;
        return fields;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CatalogWorkflowOnSqlite(SqlitePlatform platform) : CatalogWorkflowTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class CatalogWorkflowOnPostgres(PostgresPlatform platform) : CatalogWorkflowTests(platform);

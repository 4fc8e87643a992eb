using System.Net;
using System.Text.Json.Nodes;
using EGov.Approvals.Domain.Items;
using EGov.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EGov.IntegrationTests.Approvals.Catalog;

public abstract class ItemEditingTests(PlatformFactory platform)
{
    [Fact]
    public async Task A_save_that_breaks_the_rules_is_refused_with_every_field_error_and_nothing_is_saved()
    {
        var food = await ItemsClient.DemoAsync(platform, "XLXZSP-XK-001");
        var client = await ItemsClient.SignInAsync(platform, "xzsp.kezhang");
        var input = await client.ItemAsync(food.Id);
        input["visitsRequired"] = 2;
        input["charges"] = true;
        input["consultPhone"] = "0717-12345";

        var response = await client.SendAsync(HttpMethod.Put, $"{ItemsClient.Api}/{food.Id}", input);

        var problem = await ItemsClient.JsonAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("approvals.item_invalid", problem.GetProperty("code").GetString());
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "VisitsRequired", "OnSiteReason", "FeeBasis", "FeeItems", "ComplaintPhone" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }

        Assert.Contains("Ⅳ级", errors.GetProperty("VisitsRequired")[0].GetString(), StringComparison.Ordinal);
        var after = await ItemsClient.DemoAsync(platform, "XLXZSP-XK-001");
        Assert.Equal((food.Version, 0, false), (after.Version, after.VisitsRequired, after.Charges));
    }

    [Fact]
    public async Task A_second_editor_with_the_old_version_is_told_instead_of_overwriting()
    {
        var item = await ItemsClient.DemoAsync(platform, "XLXZSP-XK-002");
        var client = await ItemsClient.SignInAsync(platform, "xzsp.kezhang");
        var first = await client.ItemAsync(item.Id);
        var second = first.DeepClone().AsObject();
        first["promisedLimitNote"] = "第一位编辑的说明。";
        second["promisedLimitNote"] = "第二位编辑的说明。";

        await ItemsClient.JsonAsync(await client.SendAsync(HttpMethod.Put, $"{ItemsClient.Api}/{item.Id}", first), HttpStatusCode.OK);
        var stale = await client.SendAsync(HttpMethod.Put, $"{ItemsClient.Api}/{item.Id}", second);

        Assert.Equal("approvals.item_changed_meanwhile", (await ItemsClient.JsonAsync(stale, HttpStatusCode.Conflict)).GetProperty("code").GetString());
        Assert.Equal("第一位编辑的说明。", (await ItemsClient.DemoAsync(platform, "XLXZSP-XK-002")).PromisedLimitNote);
    }

    [Fact]
    public async Task Editors_reach_only_the_items_of_their_department()
    {
        var xzspItem = await ItemsClient.DemoAsync(platform, "XLXZSP-XK-003");
        var scjgItem = await ItemsClient.DemoAsync(platform, "XLSCJG-XK-001");
        var xzsp = await ItemsClient.SignInAsync(platform, "xzsp.kezhang");
        var zwfw = await ItemsClient.SignInAsync(platform, "zwfw.kezhang");
        var input = await xzsp.ItemAsync(xzspItem.Id);

        var foreign = await zwfw.SendAsync(HttpMethod.Put, $"{ItemsClient.Api}/{xzspItem.Id}", input);
        var foreignPage = await xzsp.Browser.GetAsync($"/office/approvals/items/{scjgItem.Id}");
        var list = await (await xzsp.Browser.GetAsync("/office/approvals/items")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignPage.StatusCode);
        Assert.Contains("食品经营许可（新办）", list, StringComparison.Ordinal);
        Assert.DoesNotContain("个体工商户设立登记", list, StringComparison.Ordinal);
        input["departmentCode"] = "xlq-scjg";
        input["implementationCode"] = "XLSCJG-TEST-001";
        Assert.Equal(HttpStatusCode.Forbidden, (await xzsp.SendAsync(HttpMethod.Post, ItemsClient.Api, input)).StatusCode);
    }

    [Fact]
    public async Task A_new_item_is_a_draft_until_published_then_public_and_searchable_until_suspended()
    {
        var food = await ItemsClient.DemoAsync(platform, "XLXZSP-XK-001");
        var client = await ItemsClient.SignInAsync(platform, "xzsp.kezhang");
        var input = await client.ItemAsync(food.Id);
        input["departmentCode"] = "xlq-xzsp";
        input["implementationCode"] = "XLXZSP-XK-901";
        input["name"] = "小餐饮登记证核发";
        foreach (var row in input["materials"]!.AsArray().Concat(input["steps"]!.AsArray()).Concat(input["fields"]!.AsArray()))
        {
            row!["id"] = null;
        }

        // Another item's downloads are not taken; the editor's own draft upload is.
        input["materials"]![0]!["blankFormId"] = null;
        input["materials"]![0]!["sampleFormId"] = null;
        input["resultSampleId"] = await client.UploadDraftAsync("小餐饮登记证（样本）");

        var created = await ItemsClient.JsonAsync(await client.SendAsync(HttpMethod.Post, ItemsClient.Api, input), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        using var anonymous = platform.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri($"/services/items/{id}", UriKind.Relative))).StatusCode);

        await ItemsClient.JsonAsync(await client.SendAsync(HttpMethod.Post, $"{ItemsClient.Api}/{id}/publish", new JsonObject { ["version"] = 1 }), HttpStatusCode.OK);

        var guide = await anonymous.GetStringAsync(new Uri($"/services/items/{id}", UriKind.Relative));
        Assert.Contains("小餐饮登记证核发", guide, StringComparison.Ordinal);
        var search = await anonymous.GetStringAsync(new Uri("/api/v1/search?q=小餐饮登记证核发&type=service", UriKind.Relative));
        Assert.Contains($"/services/items/{id}", search, StringComparison.Ordinal);

        await ItemsClient.JsonAsync(await client.SendAsync(HttpMethod.Post, $"{ItemsClient.Api}/{id}/suspend", new JsonObject { ["version"] = 2, ["reason"] = "政策调整" }), HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri($"/services/items/{id}", UriKind.Relative))).StatusCode);
        Assert.DoesNotContain($"/services/items/{id}", await anonymous.GetStringAsync(new Uri("/api/v1/search?q=小餐饮登记证核发", UriKind.Relative)), StringComparison.Ordinal);
        await using var scope = platform.Scope();
        var actions = await PlatformFactory.Db(scope).Set<EGov.Platform.Audit.AuditEntry>().Where(a => a.ObjectId == id.ToString()).Select(a => a.Action).ToListAsync();
        Assert.Equal(["approvals.item_created", "approvals.item_published", "approvals.item_suspended"], actions.Order());
        Assert.Equal(ItemStatus.Suspended, (await ItemsClient.DemoAsync(platform, "XLXZSP-XK-901")).Status);
    }

    [Fact]
    public async Task The_editor_pages_show_every_part_and_add_a_row_without_saving()
    {
        var food = await ItemsClient.DemoAsync(platform, "XLXZSP-XK-001");
        var client = await ItemsClient.SignInAsync(platform, "xzsp.kezhang");

        var edit = await (await client.Browser.GetAsync($"/office/approvals/items/{food.Id}")).Content.ReadAsStringAsync();
        var added = await client.Browser.PostFormAsync("/office/approvals/items/new", new Dictionary<string, string> { ["list"] = "Faq" }, "/office/approvals/items/new?handler=AddRow");

        Assert.Contains("食品安全管理制度", edit, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.Fields[5].Options\"", edit, StringComparison.Ordinal);
        Assert.Contains("name=\"Materials[0].BlankForm\"", edit, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains("name=\"Input.Faq[0].Question\"", await added.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ItemEditingOnSqlite(SqlitePlatform platform) : ItemEditingTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class ItemEditingOnPostgres(PostgresPlatform platform) : ItemEditingTests(platform);

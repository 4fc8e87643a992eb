using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Audit;
using EGov.Platform.Organization;
using EGov.Portal.Domain.Articles;
using EGov.Portal.Domain.Channels;
using EGov.Portal.Domain.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Portal.Authoring;

public abstract class SiteManagementTests(PlatformFactory platform)
{
    private readonly PortalBuilder _portal = new(platform);

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    [Fact]
    public async Task Manager_creates_a_channel_through_the_page_and_it_is_audited()
    {
        var site = await _portal.SiteAsync("xlq-zfb");
        var manager = await AuthoringClient.SignedInAsync(platform, "bgs.zhuren");

        var response = await manager.Browser.PostFormAsync($"/office/portal/sites/{site.Id}/channels", new Dictionary<string, string>
        {
            ["Input.Code"] = "tzgg",
            ["Input.Name"] = "通知公告",
            ["Input.Kind"] = "Notice",
            ["Input.SortOrder"] = "20",
            ["Input.InNavigation"] = "true",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        var channel = await db.Set<Channel>().SingleAsync(c => c.SiteId == site.Id && c.Code == "tzgg");
        Assert.Equal(("通知公告", ChannelKind.Notice), (channel.Name, channel.Kind));
        Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.Action == "portal.channel_created" && e.ObjectId == channel.Id.ToString()));
        Assert.Contains("通知公告", await manager.Http.GetStringAsync($"/office/portal/sites/{site.Id}/channels"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_channel_with_articles_or_children_cannot_be_deleted_but_an_empty_one_can()
    {
        var site = await _portal.SiteAsync("xlq-zfb");
        var parent = await _portal.ChannelAsync(site, "政务动态");
        var child = await _portal.ChannelAsync(site, "部门动态", parentId: parent.Id);
        var withArticle = await _portal.ChannelAsync(site, "要闻");
        await _portal.ArticleAsync(site, withArticle, "一篇要闻");
        var empty = await _portal.ChannelAsync(site, "空栏目");
        var manager = await AuthoringClient.SignedInAsync(platform, "bgs.zhuren");

        var withChildren = await manager.Http.DeleteAsync($"/api/v1/portal/sites/{site.Id}/channels/{parent.Id}");
        var nonEmpty = await manager.Http.DeleteAsync($"/api/v1/portal/sites/{site.Id}/channels/{withArticle.Id}");
        var page = await manager.Browser.PostFormAsync($"/office/portal/sites/{site.Id}/channels/{withArticle.Id}", new Dictionary<string, string>(), $"/office/portal/sites/{site.Id}/channels/{withArticle.Id}?handler=Delete");
        var emptyDeleted = await manager.Http.DeleteAsync($"/api/v1/portal/sites/{site.Id}/channels/{empty.Id}");

        Assert.Equal(HttpStatusCode.Conflict, withChildren.StatusCode);
        Assert.Contains("子栏目", (await JsonAsync(withChildren)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, nonEmpty.StatusCode);
        Assert.Contains("该栏目下还有稿件，不能删除", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, emptyDeleted.StatusCode);
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        Assert.True(await db.Set<Channel>().AnyAsync(c => c.Id == withArticle.Id));
        Assert.True(await db.Set<Channel>().AnyAsync(c => c.Id == child.Id));
        Assert.False(await db.Set<Channel>().AnyAsync(c => c.Id == empty.Id));
    }

    [Fact]
    public async Task A_channel_cannot_move_under_its_own_child()
    {
        var site = await _portal.SiteAsync("xlq-zfb");
        var parent = await _portal.ChannelAsync(site, "信息公开");
        var child = await _portal.ChannelAsync(site, "法定主动公开内容", parentId: parent.Id);
        var manager = await AuthoringClient.SignedInAsync(platform, "bgs.zhuren");

        var move = new { name = "信息公开", kind = "General", parentId = child.Id, sortOrder = 0, inNavigation = true, version = 0 };
        var response = await manager.Http.PutAsJsonAsync($"/api/v1/portal/sites/{site.Id}/channels/{parent.Id}", move);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("不能把栏目移到它自己或它的下级栏目之下。", (await JsonAsync(response)).GetProperty("errors").GetProperty("ParentId")[0].GetString());
    }

    [Fact]
    public async Task Manager_sees_only_sites_of_their_scope()
    {
        var own = await _portal.SiteAsync("xlq-zfb");
        var other = await _portal.SiteAsync("xlq-scjg");
        var manager = await AuthoringClient.SignedInAsync(platform, "bgs.zhuren");

        var sites = (await JsonAsync(await manager.Http.GetAsync("/api/v1/portal/sites"))).EnumerateArray().Select(s => s.GetProperty("id").GetGuid()).ToList();
        var foreign = await manager.Http.GetAsync($"/api/v1/portal/sites/{other.Id}/channels");

        Assert.Contains(own.Id, sites);
        Assert.DoesNotContain(other.Id, sites);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    [Fact]
    public async Task A_unit_gets_at_most_one_site()
    {
        await _portal.SiteAsync("xlq-zfb");
        var manager = await AuthoringClient.SignedInAsync(platform, "bgs.zhuren");
        Guid zfb;
        await using (var scope = platform.Scope())
        {
            zfb = (await scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>().FindByCodeAsync("xlq-zfb"))!.Id;
        }

        var response = await manager.Http.PostAsJsonAsync("/api/v1/portal/sites", new { code = "zfb2", name = "第二个网站", departmentId = zfb, isOpen = true, version = 0 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("一个单位最多开设一个网站", (await JsonAsync(response)).GetProperty("errors").GetProperty("DepartmentId")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task District_manager_opens_a_sub_site_and_grants_an_editor_who_can_then_write_there()
    {
        var manager = await AuthoringClient.SignedInAsync(platform, "quzhang");
        Guid departmentId;
        await using (var scope = platform.Scope())
        {
            var taken = await PlatformFactory.Db(scope).Set<Site>().Select(s => s.DepartmentId).ToListAsync();
            var tree = await scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>().TreeAsync();
            departmentId = tree.First(d => d.Depth == 1 && d.IsActive && !taken.Contains(d.Id)).Id;
        }

        var code = "s" + Guid.NewGuid().ToString("N")[..8];
        var created = await manager.Http.PostAsJsonAsync("/api/v1/portal/sites", new { code, name = "测试子站", departmentId, isOpen = true, version = 0 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var siteId = (await JsonAsync(created)).GetProperty("id").GetGuid();
        var channel = await manager.Http.PostAsJsonAsync($"/api/v1/portal/sites/{siteId}/channels", new { code = "gzdt", name = "工作动态", kind = "News", sortOrder = 10, inNavigation = true, version = 0 });
        var channelId = (await JsonAsync(channel)).GetProperty("id").GetGuid();
        var block = await manager.Http.PostAsJsonAsync($"/api/v1/portal/sites/{siteId}/blocks", new { channelId, layout = "Headline", itemCount = 5, sortOrder = 10 });
        var grant = await manager.Http.PostAsJsonAsync($"/api/v1/portal/sites/{siteId}/editors", new { userName = "scjg.bianji", channelId });
        var duplicate = await manager.Http.PostAsJsonAsync($"/api/v1/portal/sites/{siteId}/editors", new { userName = "scjg.bianji", channelId });

        Assert.Equal(HttpStatusCode.Created, channel.StatusCode);
        Assert.Equal(HttpStatusCode.Created, block.StatusCode);
        Assert.Equal(HttpStatusCode.Created, grant.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        var editor = await AuthoringClient.SignedInAsync(platform, "scjg.bianji");
        var article = await editor.Http.PostAsJsonAsync("/api/v1/portal/articles", new { channelId, title = "新子站的第一篇稿件", bodyHtml = "<p>正文</p>", version = 0 });
        Assert.Equal(HttpStatusCode.Created, article.StatusCode);
        await using (var scope = platform.Scope())
        {
            var db = PlatformFactory.Db(scope);
            Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.Action == "portal.site_created" && e.ObjectId == siteId.ToString()));
            Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.Action == "portal.editor_granted"));
            Assert.NotNull((await db.Set<Site>().SingleAsync(s => s.Id == siteId)).HomeUpdatedAt);
        }
    }

    [Fact]
    public async Task Editor_without_manage_permission_cannot_manage_sites()
    {
        var editor = await AuthoringClient.SignedInAsync(platform, "scjg.bianji");

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Http.GetAsync("/api/v1/portal/sites")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await editor.Http.GetAsync("/office/portal/sites")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SiteManagementOnSqlite(SqlitePlatform platform) : SiteManagementTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class SiteManagementOnPostgres(PostgresPlatform platform) : SiteManagementTests(platform);

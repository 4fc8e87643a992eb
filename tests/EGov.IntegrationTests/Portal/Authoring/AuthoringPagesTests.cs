using System.Net;
using EGov.IntegrationTests.Infrastructure;
using EGov.Portal.Domain.Channels;

namespace EGov.IntegrationTests.Portal.Authoring;

public abstract class AuthoringPagesTests(PlatformFactory platform)
{
    private readonly PortalBuilder _portal = new(platform);

    [Fact]
    public async Task Manager_pages_render_in_the_office_layout_with_their_navigation_entry()
    {
        var site = await _portal.SiteAsync("xlq-zfb");
        var channel = await _portal.ChannelAsync(site, "政策文件", ChannelKind.PolicyFile);
        var manager = await AuthoringClient.SignedInAsync(platform, "bgs.zhuren");

        foreach (var page in new[]
        {
            "/office/portal/sites", "/office/portal/sites/new", $"/office/portal/sites/{site.Id}", $"/office/portal/sites/{site.Id}/channels",
            $"/office/portal/sites/{site.Id}/channels/{channel.Id}", $"/office/portal/sites/{site.Id}/blocks", $"/office/portal/sites/{site.Id}/editors",
        })
        {
            var response = await manager.Http.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page}: {(int)response.StatusCode}");
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains("href=\"/office/portal/sites\"", html, StringComparison.Ordinal);
            Assert.Contains("站点与栏目", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Editor_pages_offer_only_granted_channels_and_the_navigation_entry()
    {
        var site = await _portal.SiteAsync();
        var granted = await _portal.ChannelAsync(site, "政策解读", ChannelKind.Interpretation);
        var other = await _portal.ChannelAsync(site, "领导信息", ChannelKind.SinglePage);
        await _portal.GrantEditorAsync("scjg.bianji", site, granted);
        var editor = await AuthoringClient.SignedInAsync(platform, "scjg.bianji");

        var list = await editor.Http.GetStringAsync("/office/portal/articles");
        var create = await editor.Http.GetStringAsync($"/office/portal/articles/new?channel={granted.Id}");

        Assert.Contains("稿件管理", list, StringComparison.Ordinal);
        Assert.Contains(granted.Id.ToString(), create, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Id.ToString(), create, StringComparison.Ordinal);
        Assert.Contains("解读的政策文件", create, StringComparison.Ordinal);
        Assert.DoesNotContain("政策文件（仅政策文件栏目）", create, StringComparison.Ordinal);
        Assert.Contains("/js/portal-editor.js", create, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AuthoringPagesOnSqlite(SqlitePlatform platform) : AuthoringPagesTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class AuthoringPagesOnPostgres(PostgresPlatform platform) : AuthoringPagesTests(platform);

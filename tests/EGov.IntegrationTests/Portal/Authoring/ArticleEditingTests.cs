using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Audit;
using EGov.Portal.Domain.Articles;
using EGov.Portal.Domain.Channels;
using EGov.Portal.Domain.Sites;
using Microsoft.EntityFrameworkCore;

namespace EGov.IntegrationTests.Portal.Authoring;

public abstract class ArticleEditingTests(PlatformFactory platform)
{
    private readonly PortalBuilder _portal = new(platform);

    private async Task<(Site Site, Channel Channel, AuthoringClient Editor)> GrantedEditorAsync(ChannelKind kind = ChannelKind.News)
    {
        var site = await _portal.SiteAsync();
        var channel = await _portal.ChannelAsync(site, kind: kind);
        await _portal.GrantEditorAsync("scjg.bianji", site);
        return (site, channel, await AuthoringClient.SignedInAsync(platform, "scjg.bianji"));
    }

    private static object Request(Guid channelId, string title, string body = "<p>正文</p>", long version = 0)
        => new { channelId, title, bodyHtml = body, source = "区市场监管局", keywords = "食品,安全", version };

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    [Fact]
    public async Task Editor_creates_an_article_with_an_attachment_through_the_page_form()
    {
        var (_, channel, editor) = await GrantedEditorAsync();

        var response = await editor.PostMultipartAsync(
            "/office/portal/articles/new",
            new Dictionary<string, string>
            {
                ["Input.ChannelId"] = channel.Id.ToString(),
                ["Input.Title"] = "区市场监管局开展冬季食品安全检查",
                ["Input.BodyHtml"] = "<p onclick=\"alert(1)\">检查覆盖全区<script>alert(1)</script>农贸市场。</p>",
            },
            ("Input.Upload", "检查通报.pdf", AuthoringClient.Pdf));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        var article = await db.Set<Article>().SingleAsync(a => a.Id == id);
        Assert.Equal(ArticleStatus.Draft, article.Status);
        Assert.Equal(ArticleType.News, article.Type);
        Assert.Equal("<p>检查覆盖全区农贸市场。</p>", article.BodyHtml);
        var revision = await db.Set<ArticleRevision>().SingleAsync(r => r.ArticleId == id);
        Assert.Equal((1, "冯雪"), (revision.Number, revision.EditedByName));
        var attachment = await db.Set<ArticleAttachment>().SingleAsync(a => a.ArticleId == id);
        Assert.Equal("检查通报", attachment.Title);
        Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.Action == "portal.article_created" && e.ObjectId == id.ToString() && e.UserName == "scjg.bianji"));

        var details = await editor.Http.GetStringAsync($"/office/portal/articles/{id}");
        Assert.Contains("检查通报", details, StringComparison.Ordinal);
        Assert.Contains("id=\"workflow\"", details, StringComparison.Ordinal);
        var download = await editor.Http.GetAsync($"/api/v1/attachments/{attachment.AttachmentId}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
    }

    [Fact]
    public async Task Editor_creates_an_article_and_uploads_an_attachment_through_the_api()
    {
        var (site, channel, editor) = await GrantedEditorAsync(ChannelKind.PolicyFile);

        var created = await editor.Http.PostAsJsonAsync("/api/v1/portal/articles", new
        {
            channelId = channel.Id,
            title = "西陵区促进个体工商户发展若干措施",
            bodyHtml = "<p>第一条</p>",
            documentNumber = "西陵市监规〔2026〕1号",
            validity = "Valid",
            version = 0,
        });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var json = await JsonAsync(created);
        Assert.Equal("PolicyDocument", json.GetProperty("type").GetString());
        Assert.Equal("草稿", json.GetProperty("statusName").GetString());
        Assert.Equal(site.Id, json.GetProperty("siteId").GetGuid());
        var id = json.GetProperty("id").GetGuid();

        var upload = await editor.UploadAsync(id, "措施全文.pdf", AuthoringClient.Pdf, "措施全文（PDF）");
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);

        var article = await JsonAsync(await editor.Http.GetAsync($"/api/v1/portal/articles/{id}"));
        Assert.Equal("措施全文（PDF）", article.GetProperty("attachments")[0].GetProperty("title").GetString());
        Assert.Equal("西陵市监规〔2026〕1号", article.GetProperty("documentNumber").GetString());
    }

    [Fact]
    public async Task Editor_cannot_create_in_a_site_without_a_grant()
    {
        var (_, _, editor) = await GrantedEditorAsync();
        var otherSite = await _portal.SiteAsync("xlq-zfb");
        var otherChannel = await _portal.ChannelAsync(otherSite);

        var api = await editor.Http.PostAsJsonAsync("/api/v1/portal/articles", Request(otherChannel.Id, "越权稿件"));
        var page = await editor.PostMultipartAsync(
            "/office/portal/articles/new",
            new Dictionary<string, string> { ["Input.ChannelId"] = otherChannel.Id.ToString(), ["Input.Title"] = "越权稿件" });

        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Contains("您没有在该站点或栏目编辑稿件的权限", (await JsonAsync(api)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("您没有在该站点或栏目编辑稿件的权限", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var scope = platform.Scope();
        Assert.False(await PlatformFactory.Db(scope).Set<Article>().AnyAsync(a => a.ChannelId == otherChannel.Id));
    }

    [Fact]
    public async Task A_channel_grant_does_not_reach_sibling_channels()
    {
        var site = await _portal.SiteAsync();
        var news = await _portal.ChannelAsync(site, "工作动态");
        var notices = await _portal.ChannelAsync(site, "通知公告", ChannelKind.Notice);
        await _portal.GrantEditorAsync("scjg.bianji", site, news);
        var editor = await AuthoringClient.SignedInAsync(platform, "scjg.bianji");

        var inGrant = await editor.Http.PostAsJsonAsync("/api/v1/portal/articles", Request(news.Id, "动态"));
        var outside = await editor.Http.PostAsJsonAsync("/api/v1/portal/articles", Request(notices.Id, "公告"));

        Assert.Equal(HttpStatusCode.Created, inGrant.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, outside.StatusCode);
    }

    [Fact]
    public async Task Stale_version_is_refused_and_nothing_is_overwritten()
    {
        var (_, channel, editor) = await GrantedEditorAsync();
        var id = (await JsonAsync(await editor.Http.PostAsJsonAsync("/api/v1/portal/articles", Request(channel.Id, "初稿")))).GetProperty("id").GetGuid();

        var first = await editor.Http.PutAsJsonAsync($"/api/v1/portal/articles/{id}", Request(channel.Id, "第一位编辑的修改", version: 1));
        var stale = await editor.Http.PutAsJsonAsync($"/api/v1/portal/articles/{id}", Request(channel.Id, "第二位编辑的修改", version: 1));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("该稿件已被他人修改，请刷新后再保存", (await JsonAsync(stale)).GetProperty("detail").GetString());
        var stored = await JsonAsync(await editor.Http.GetAsync($"/api/v1/portal/articles/{id}"));
        Assert.Equal("第一位编辑的修改", stored.GetProperty("title").GetString());
        Assert.Equal(2, stored.GetProperty("version").GetInt64());

        var form = await editor.PostMultipartAsync(
            $"/office/portal/articles/{id}/edit",
            new Dictionary<string, string> { ["Input.Title"] = "页面上的旧表单", ["Input.Version"] = "1", ["Input.ChannelId"] = channel.Id.ToString() });
        Assert.Contains("该稿件已被他人修改，请刷新后再保存", await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_change_of_text_adds_a_revision_and_any_two_can_be_compared()
    {
        var (_, channel, editor) = await GrantedEditorAsync();
        var id = (await JsonAsync(await editor.Http.PostAsJsonAsync("/api/v1/portal/articles", Request(channel.Id, "会议通知", "<p>周一上午开会</p>")))).GetProperty("id").GetGuid();
        await editor.Http.PutAsJsonAsync($"/api/v1/portal/articles/{id}", Request(channel.Id, "会议通知", "<p>周二上午开会</p>", version: 1));
        await editor.Http.PutAsJsonAsync($"/api/v1/portal/articles/{id}", Request(channel.Id, "会议通知", "<p>周二上午开会</p>", version: 2));

        var revisions = await JsonAsync(await editor.Http.GetAsync($"/api/v1/portal/articles/{id}/revisions"));
        var diff = await JsonAsync(await editor.Http.GetAsync($"/api/v1/portal/articles/{id}/diff?from=1&to=2"));
        var page = await editor.Http.GetStringAsync($"/office/portal/articles/{id}/revisions?from=1&to=2");

        Assert.Equal(2, revisions.GetArrayLength());
        var body = diff.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("field").GetString() == "body");
        Assert.True(body.GetProperty("changed").GetBoolean());
        Assert.Contains("<del class=\"diff-del\">一</del><ins class=\"diff-ins\">二</ins>", page, StringComparison.Ordinal);
        Assert.Contains("图例", page, StringComparison.Ordinal);
        await using var scope = platform.Scope();
        Assert.Equal(2, await PlatformFactory.Db(scope).Set<AuditEntry>().CountAsync(e => e.Action == "portal.article_updated" && e.ObjectId == id.ToString()));
    }

    [Fact]
    public async Task Image_without_alt_text_is_refused_with_a_field_error()
    {
        var (_, channel, editor) = await GrantedEditorAsync();

        var response = await editor.Http.PostAsJsonAsync("/api/v1/portal/articles", Request(channel.Id, "图片新闻", "<p><img src=\"/a.png\" alt=\"会场\"><img src=\"/b.png\"></p>"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await JsonAsync(response)).GetProperty("errors").GetProperty("BodyHtml");
        Assert.Equal("第2张图片缺少替代文字（alt），请填写图片说明", errors[0].GetString());
    }

    [Fact]
    public async Task Published_article_must_be_withdrawn_before_it_is_edited_and_only_drafts_are_deleted()
    {
        var (site, channel, editor) = await GrantedEditorAsync();
        var published = await _portal.ArticleAsync(site, channel, "已发布稿件", ArticleStatus.Published);

        var edit = await editor.Http.PutAsJsonAsync($"/api/v1/portal/articles/{published.Id}", Request(channel.Id, "改标题", version: 0));
        var delete = await editor.Http.DeleteAsync($"/api/v1/portal/articles/{published.Id}");

        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
        Assert.Contains("请先撤稿", (await JsonAsync(edit)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, delete.StatusCode);
        var draft = await _portal.ArticleAsync(site, channel, "草稿");
        Assert.Equal(HttpStatusCode.NoContent, (await editor.Http.DeleteAsync($"/api/v1/portal/articles/{draft.Id}")).StatusCode);
    }

    [Fact]
    public async Task Interpretation_links_to_a_policy_document_found_by_title_and_keeps_related_items_and_schedule()
    {
        var site = await _portal.SiteAsync();
        var policies = await _portal.ChannelAsync(site, "政策文件", ChannelKind.PolicyFile);
        var interpretations = await _portal.ChannelAsync(site, "政策解读", ChannelKind.Interpretation);
        var policy = await _portal.ArticleAsync(site, policies, "关于优化营商环境的实施意见" + Guid.NewGuid().ToString("N")[..6], ArticleStatus.Published, type: ArticleType.PolicyDocument);
        await _portal.GrantEditorAsync("scjg.bianji", site);
        var editor = await AuthoringClient.SignedInAsync(platform, "scjg.bianji");

        var found = await JsonAsync(await editor.Http.GetAsync($"/api/v1/portal/policy-documents?q={Uri.EscapeDataString(policy.Title)}"));
        var publishAt = DateTimeOffset.UtcNow.AddDays(3);
        var created = await editor.Http.PostAsJsonAsync("/api/v1/portal/articles", new
        {
            channelId = interpretations.Id,
            title = "图解：优化营商环境实施意见",
            bodyHtml = "<p>解读</p>",
            interpretsId = found[0].GetProperty("id").GetGuid(),
            relatedIds = new[] { policy.Id },
            scheduledPublishAt = publishAt,
            scheduledTakeDownAt = publishAt.AddDays(30),
            version = 0,
        });
        var early = new { channelId = interpretations.Id, title = "下线早于发布", scheduledPublishAt = publishAt, scheduledTakeDownAt = publishAt.AddDays(-1), version = 0 };
        var badSchedule = await editor.Http.PostAsJsonAsync("/api/v1/portal/articles", early);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var json = await JsonAsync(created);
        Assert.Equal("Interpretation", json.GetProperty("type").GetString());
        Assert.Equal(policy.Id, json.GetProperty("interpretsId").GetGuid());
        Assert.Equal(policy.Id, json.GetProperty("relatedIds")[0].GetGuid());
        Assert.Equal(publishAt.UtcDateTime, json.GetProperty("scheduledPublishAt").GetDateTime(), TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.BadRequest, badSchedule.StatusCode);
        Assert.Equal("定时下线时间应晚于发布时间。", (await JsonAsync(badSchedule)).GetProperty("errors").GetProperty("ScheduledTakeDownAt")[0].GetString());
        var policyPage = await editor.Http.GetStringAsync($"/office/portal/articles/{policy.Id}");
        Assert.Contains("图解：优化营商环境实施意见", policyPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_list_shows_the_workflow_state_and_the_withdrawal_reason()
    {
        var (site, channel, editor) = await GrantedEditorAsync();
        var article = await _portal.ArticleAsync(site, channel, "已撤下的稿件", ArticleStatus.Withdrawn);
        await using (var scope = platform.Scope())
        {
            var db = PlatformFactory.Db(scope);
            var stored = await db.Set<Article>().SingleAsync(a => a.Id == article.Id);
            stored.WithdrawalReason = "数据有误，核实后重发";
            await db.SaveChangesAsync();
        }

        var html = await editor.Http.GetStringAsync($"/office/portal/articles?site={site.Id}");

        Assert.Contains("已撤下的稿件", html, StringComparison.Ordinal);
        Assert.Contains("已撤稿", html, StringComparison.Ordinal);
        Assert.Contains("撤稿原因：数据有误，核实后重发", html, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ArticleEditingOnSqlite(SqlitePlatform platform) : ArticleEditingTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class ArticleEditingOnPostgres(PostgresPlatform platform) : ArticleEditingTests(platform);

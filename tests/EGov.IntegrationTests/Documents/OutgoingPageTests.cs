using System.Net;
using EGov.IntegrationTests.Infrastructure;
using static EGov.IntegrationTests.Documents.OutgoingFixtures;

namespace EGov.IntegrationTests.Documents;

/// <summary>The 发文 pages render for the demo accounts: the lists and their export, the form, the document page, the 签发 page.</summary>
public abstract class OutgoingPageTests(PlatformFactory platform)
{
    [Fact]
    public async Task A_draft_saved_on_the_form_shows_on_the_lists_and_its_page()
    {
        var drafter = await DocumentClient.SignInAsync(platform, "bgs.keyuan");
        var template = await drafter.TemplateAsync("西政办发");
        var saved = await drafter.Browser.PostFormAsync("/office/documents/outgoing/edit", new Dictionary<string, string>
        {
            ["Form.TemplateId"] = template.ToString(),
            ["Form.Type"] = "Notice",
            ["Form.Direction"] = "Downward",
            ["Form.Title"] = "关于页面测试的通知",
            ["Form.MainRecipients"] = "各街道办事处",
            ["Form.Body"] = "第一段。\n第二段。",
        }, "/office/documents/outgoing/edit?handler=Save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = saved.Headers.Location!.OriginalString;

        var detail = await (await drafter.Browser.GetAsync(page)).Content.ReadAsStringAsync();
        var list = await (await drafter.Browser.GetAsync("/office/documents/outgoing?box=mine&p=1")).Content.ReadAsStringAsync();
        var export = await drafter.Browser.GetAsync("/office/documents/outgoing.xlsx?box=mine");

        Assert.Contains("关于页面测试的通知", detail, StringComparison.Ordinal);
        Assert.Contains("提交核稿", detail, StringComparison.Ordinal);
        Assert.Contains("关于页面测试的通知", list, StringComparison.Ordinal);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_leader_signs_off_on_the_sign_off_page()
    {
        var drafter = await DocumentClient.SignInAsync(platform, "bgs.keyuan");
        var draft = await drafter.CreateAsync(new
        {
            templateId = await drafter.TemplateAsync("西政发"),
            type = "通知",
            title = "西陵区人民政府关于签发页面测试的通知",
            mainRecipients = "各街道办事处",
            body = "正文。",
        });
        var id = draft.GetProperty("id").GetGuid();
        await drafter.StepAsync(id, "submit", new { });
        await (await DocumentClient.SignInAsync(platform, "bgs.zhuren")).StepAsync(id, "review", new { });
        var leader = await DocumentClient.SignInAsync(platform, "quzhang");
        var url = $"/office/documents/outgoing/{id}/sign-off";

        var html = await (await leader.Browser.GetAsync(url)).Content.ReadAsStringAsync();
        Assert.Contains("同意签发", html, StringComparison.Ordinal);
        Assert.Contains("name=\"viewport\"", html, StringComparison.Ordinal);
        var signed = await leader.Browser.PostFormAsync(url, new Dictionary<string, string> { ["version"] = Version(await leader.GetAsync(id)).ToString(), ["opinion"] = "同意" }, url + "?handler=Sign");

        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        Assert.Equal("signedoff", State(await leader.GetAsync(id)));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OutgoingPageOnSqlite(SqlitePlatform platform) : OutgoingPageTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class OutgoingPageOnPostgres(PostgresPlatform platform) : OutgoingPageTests(platform);

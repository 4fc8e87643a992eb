using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EGov.Disclosure.Domain.Letters;
using EGov.Disclosure.Domain.Requests;
using EGov.Disclosure.Letters;
using EGov.IntegrationTests.Identity;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Attachments;
using EGov.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace EGov.IntegrationTests.Disclosure.Letters;

public abstract class LetterTemplateTests(PlatformFactory platform)
{
    private const string Template = "/api/v1/disclosure/office/templates/xlq/PartiallyDisclosed";
    private readonly LetterTestData _data = new(platform);

    private async Task<Browser> SignedInAsync(string userName)
    {
        await _data.GovernmentAsync();
        var browser = new Browser(platform);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(userName, "Demo@2026")).StatusCode);
        return browser;
    }

    private static async Task<long> VersionAsync(Browser manager)
        => (await manager.Client.GetFromJsonAsync<JsonElement>(Template)).GetProperty("version").GetInt64();

    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Concat(string.Concat(document.GetPages().Select(p => p.Text)).Where(c => !char.IsWhiteSpace(c)));
    }

    [Fact]
    public async Task A_letter_generated_after_the_manager_edits_the_partial_disclosure_template_uses_the_edited_text()
    {
        var manager = await SignedInAsync("bgs.zhuren");
        var marker = $"本机关经审慎研究第{Random.Shared.Next(100000, 999999)}号";
        var saved = await manager.PostFormAsync("/office/disclosure/templates/xlq/PartiallyDisclosed", new Dictionary<string, string>
        {
            ["Input.Title"] = "部分公开告知书（本机关格式）",
            ["Input.Body"] = $"{{申请人}}：\n{marker}，对您的申请（{{申请编号}}）答复如下：\n{{答复内容}}\n如对本答复不服，可以自收到本告知书之日起60日内向{{复议机关}}申请行政复议，或者在6个月内向人民法院提起行政诉讼。",
            ["Input.Version"] = (await VersionAsync(manager)).ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var requestId = await _data.PartlyDisclosedRequestAsync("第二页含有第三方个人信息，已作遮盖处理。");

        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        var request = await db.Set<DisclosureRequest>().SingleAsync(r => r.Id == requestId);
        var generated = await scope.ServiceProvider.GetRequiredService<IDisclosureLetters>().GenerateAsync(request, LetterKind.Reply, visibleToApplicant: true);
        await db.SaveChangesAsync();

        var document = generated.Value;
        Assert.Equal((RequestDocumentKind.ReplyLetter, true, "部分公开告知书（本机关格式）"), (document.Kind, document.VisibleToApplicant, document.Title));
        var store = scope.ServiceProvider.GetRequiredService<IAttachmentStore>();
        var attachment = (await store.FindAsync(document.AttachmentId))!;
        Assert.Equal(($"{request.Number}-答复告知书.pdf", "application/pdf", "disclosure", request.Id.ToString()), (attachment.OriginalName, attachment.ContentType, attachment.Module, attachment.CaseId));
        await using var stream = store.OpenRead(attachment);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        var text = Text(copy.ToArray());
        Assert.Contains($"张三：{marker}，对您的申请（{request.Number}）答复如下：", text, StringComparison.Ordinal);
        Assert.Contains("第二页含有第三方个人信息，已作遮盖处理。", text, StringComparison.Ordinal);
        Assert.Contains("向宜昌市人民政府申请行政复议", text, StringComparison.Ordinal);
        Assert.EndsWith($"西陵区人民政府{DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)):yyyy年M月d日}—1—", text, StringComparison.Ordinal);
        Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.Action == "disclosure.letter_template.saved"));
    }

    [Fact]
    public async Task Preview_returns_a_PDF_of_the_template_with_sample_data()
    {
        var manager = await SignedInAsync("bgs.zhuren");

        var response = await manager.Client.GetAsync($"{Template}/preview");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var text = Text(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("张三：", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_previews_the_text_being_edited_without_saving_it()
    {
        var manager = await SignedInAsync("bgs.zhuren");

        var response = await manager.PostFormAsync("/office/disclosure/templates/xlq/fee", new Dictionary<string, string>
        {
            ["Input.Title"] = "收费通知（草稿）",
            ["Input.Body"] = "{申请人}：\n请于{缴费期限}前缴纳{收费金额}。",
            ["Input.Version"] = "0",
        }, "/office/disclosure/templates/xlq/fee?handler=Preview");

        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("收费通知（草稿）张三：请于", Text(await response.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
        Assert.Contains("前缴纳1,700.00元。", Text(await response.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
        var detail = await manager.Client.GetFromJsonAsync<JsonElement>("/api/v1/disclosure/office/templates/xlq/fee");
        Assert.False(detail.GetProperty("customized").GetBoolean());
    }

    [Fact]
    public async Task Unknown_placeholder_is_refused_with_Chinese_problem_details()
    {
        var manager = await SignedInAsync("bgs.zhuren");

        var response = await manager.Client.PutAsJsonAsync(Template, new { title = "告知书", body = "{申请人}：{答复内容}{复议机关}{身份证号码}", version = await VersionAsync(manager) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("请求内容有误", problem.GetProperty("title").GetString());
        Assert.Contains("不认识的占位符：{身份证号码}", problem.GetProperty("errors").GetProperty("body")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("disclosure.letter_template_broken", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_save_on_an_outdated_version_is_refused_and_reset_returns_to_the_default()
    {
        var manager = await SignedInAsync("bgs.zhuren");
        var version = await VersionAsync(manager);
        var body = "{申请人}：\n{答复内容}\n" + LetterText.Remedy;

        var first = await manager.Client.PutAsJsonAsync(Template, new { title = "第一位", body, version });
        var second = await manager.Client.PutAsJsonAsync(Template, new { title = "第二位", body, version });
        var reset = await manager.Client.DeleteAsync(Template);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        var detail = await manager.Client.GetFromJsonAsync<JsonElement>(Template);
        Assert.Equal(("政府信息公开申请答复告知书", false), (detail.GetProperty("title").GetString(), detail.GetProperty("customized").GetBoolean()));
    }

    [Fact]
    public async Task A_manager_of_another_department_can_neither_see_nor_edit_the_district_government_templates()
    {
        var street = await SignedInAsync("xljd.zhuren");

        var put = await street.Client.PutAsJsonAsync(Template, new { title = "篡改", body = "{申请人}：{答复内容}{复议机关}", version = 0 });
        var page = await street.GetAsync("/office/disclosure/templates/xlq/PartiallyDisclosed");
        var list = await street.GetAsync("/api/v1/disclosure/office/templates?agency=xlq");

        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
        await using var scope = platform.Scope();
        Assert.False(await PlatformFactory.Db(scope).Set<LetterTemplate>().AnyAsync(t => t.Title == "篡改"));
    }

    [Fact]
    public async Task The_template_list_shows_every_letter_kind_of_the_agency()
    {
        var manager = await SignedInAsync("bgs.zhuren");

        var html = await manager.Client.GetStringAsync("/office/disclosure/templates?agency=xlq");

        Assert.Contains("告知书模板", html, StringComparison.Ordinal);
        Assert.Contains("/office/disclosure/templates/xlq/PartiallyDisclosed", html, StringComparison.Ordinal);
        Assert.Contains("补正告知书", html, StringComparison.Ordinal);
        Assert.Contains("终止办理告知书", html, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class LetterTemplateOnSqlite(SqlitePlatform platform) : LetterTemplateTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class LetterTemplateOnPostgres(PostgresPlatform platform) : LetterTemplateTests(platform);

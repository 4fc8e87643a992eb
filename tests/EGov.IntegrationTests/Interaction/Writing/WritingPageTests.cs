using System.Net;
using EGov.IntegrationTests.Infrastructure;
using EGov.Interaction.Domain.Letters;
using Microsoft.EntityFrameworkCore;

namespace EGov.IntegrationTests.Interaction.Writing;

public abstract class WritingPageTests(PlatformFactory platform)
{
    private readonly WritingDriver _driver = new(platform);

    [Fact]
    public async Task Mailboxes_list_the_district_head_first_and_the_write_form_says_what_is_not_accepted()
    {
        var client = platform.CreateClient();

        var list = await client.GetStringAsync("/interaction/mailboxes");
        var form = await client.GetStringAsync(WritingDriver.WritePage);

        Assert.True(list.IndexOf("区长信箱", StringComparison.Ordinal) < list.IndexOf("/interaction/mailboxes/scjg/write", StringComparison.Ordinal));
        Assert.Contains("/disclosure/requests/new", form, StringComparison.Ordinal);
        Assert.Contains("110", form, StringComparison.Ordinal);
        Assert.Contains("同意公开（公开时隐去个人信息）", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/interaction/mailboxes/nope/write")).StatusCode);
    }

    [Fact]
    public async Task Signed_in_citizen_writes_and_sees_number_query_code_and_reply_date_once()
    {
        var citizen = await _driver.SignedInAsync("shimin");
        var form = await citizen.Client.GetStringAsync(WritingDriver.WritePage);
        Assert.Contains("张三", form, StringComparison.Ordinal);

        var posted = await citizen.PostFormAsync(WritingDriver.WritePage, new Dictionary<string, string>
        {
            ["Input.Kind"] = "Complaint",
            ["Input.Subject"] = "菜市场价格欺诈",
            ["Input.Content"] = "菜市场某摊位缺斤短两，价格欺诈消费者。",
            ["Input.ConsentToPublish"] = "true",
        });

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var receipt = await citizen.Client.GetStringAsync(posted.Headers.Location!.OriginalString);
        Assert.Contains("receipt-code", receipt, StringComparison.Ordinal);
        Assert.Contains("预计答复时间", receipt, StringComparison.Ordinal);
        Assert.DoesNotContain("receipt-code", await citizen.Client.GetStringAsync("/interaction/letters/receipt"), StringComparison.Ordinal);
        var mine = await citizen.Client.GetStringAsync("/my/letters");
        Assert.Contains("菜市场价格欺诈", mine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_form_shows_every_error_and_stores_nothing()
    {
        var citizen = await _driver.SignedInAsync("shimin");

        var response = await citizen.PostFormAsync(WritingDriver.WritePage, new Dictionary<string, string> { ["Input.Subject"] = "", ["Input.Content"] = "短" });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("请选择来信类型。", html, StringComparison.Ordinal);
        Assert.Contains("请填写标题。", html, StringComparison.Ordinal);
        Assert.Contains("内容应为 10 至 5000 个字。", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tracking_page_shows_the_history_and_a_wrong_code_gets_the_same_answer_as_a_wrong_number()
    {
        var receipt = await _driver.WriteAsync("过期药品", "药店出售过期药品，请查处。");
        var number = receipt.GetProperty("number").GetString()!;
        var browser = new Identity.Browser(platform);

        var right = await (await browser.PostFormAsync("/interaction/letters/track", new Dictionary<string, string> { ["Number"] = number, ["QueryCode"] = receipt.GetProperty("queryCode").GetString()! })).Content.ReadAsStringAsync();
        var wrongCode = await (await browser.PostFormAsync("/interaction/letters/track", new Dictionary<string, string> { ["Number"] = number, ["QueryCode"] = "AAAAAAAA" })).Content.ReadAsStringAsync();
        var wrongNumber = await (await browser.PostFormAsync("/interaction/letters/track", new Dictionary<string, string> { ["Number"] = "XLXJ2000000001", ["QueryCode"] = "AAAAAAAA" })).Content.ReadAsStringAsync();

        Assert.Contains("已转", right, StringComparison.Ordinal);
        Assert.Contains("区市场监督管理局", right, StringComparison.Ordinal);
        Assert.DoesNotContain("评价答复", right, StringComparison.Ordinal);
        Assert.Contains("信件编号或查询码不正确。", wrongCode, StringComparison.Ordinal);
        Assert.Contains("信件编号或查询码不正确。", wrongNumber, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writer_rates_on_the_tracking_page_once_the_reply_is_sent()
    {
        var receipt = await _driver.WriteAsync("假货", "商场出售假货，请查处相关商家。");
        var id = receipt.GetProperty("id").GetGuid();
        await _driver.MarkRepliedAsync(id);
        var fields = new Dictionary<string, string> { ["Number"] = receipt.GetProperty("number").GetString()!, ["QueryCode"] = receipt.GetProperty("queryCode").GetString()! };
        var browser = new Identity.Browser(platform);

        var shown = await (await browser.PostFormAsync("/interaction/letters/track", fields)).Content.ReadAsStringAsync();
        Assert.Contains("评价答复", shown, StringComparison.Ordinal);
        Assert.Contains("经核查，已责令商户整改。", shown, StringComparison.Ordinal);

        fields["Satisfaction"] = "Satisfied";
        var rated = await (await browser.PostFormAsync("/interaction/letters/track", fields, "/interaction/letters/track?handler=Rate")).Content.ReadAsStringAsync();

        Assert.Contains("评价已提交，谢谢。", rated, StringComparison.Ordinal);
        Assert.Equal(LetterState.Closed, (await _driver.LetterAsync(id)).State);
    }

    [Fact]
    public async Task Dispatcher_releases_and_rejects_held_letters_on_the_review_page()
    {
        await _driver.AddSensitiveWordAsync("审核词甲");
        var released = await _driver.WriteAsync("食品问题", "饭店食品卫生差，审核词甲，请查处。");
        var rejected = await _driver.WriteAsync("另一个问题", "这里有审核词甲，纯属发泄情绪的内容。");
        Assert.Equal("Held", released.GetProperty("state").GetString());
        var clerk = await _driver.SignedInAsync("bgs.keyuan");

        var page = await clerk.Client.GetStringAsync("/office/interaction/moderation");
        Assert.Contains("<mark>审核词甲</mark>", page, StringComparison.Ordinal);

        var held = await _driver.LetterAsync(released.GetProperty("id").GetGuid());
        await clerk.PostFormAsync("/office/interaction/moderation", new Dictionary<string, string> { ["id"] = held.Id.ToString(), ["version"] = held.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "/office/interaction/moderation?handler=Release");
        var other = await _driver.LetterAsync(rejected.GetProperty("id").GetGuid());
        await clerk.PostFormAsync("/office/interaction/moderation", new Dictionary<string, string> { ["id"] = other.Id.ToString(), ["version"] = other.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["reason"] = "内容与诉求无关" }, "/office/interaction/moderation?handler=Reject");

        var admitted = await _driver.LetterAsync(held.Id);
        Assert.Equal(LetterState.Routed, admitted.State);
        Assert.NotNull(admitted.RegisteredOn);
        var refused = await _driver.LetterAsync(other.Id);
        Assert.Equal(LetterState.Rejected, refused.State);
        Assert.Equal("内容与诉求无关", refused.RejectionReason);
    }

    [Fact]
    public async Task Market_regulation_cannot_release_a_letter_of_the_district_head_mailbox()
    {
        await _driver.AddSensitiveWordAsync("审核词乙");
        var receipt = await _driver.WriteAsync("价格问题", "商家价格欺诈，审核词乙，请查处。");
        var other = await _driver.SignedInAsync("scjg.banli");

        var response = await WritingDriver.PostJsonAsync(other, await WritingDriver.TokenAsync(other), $"/api/v1/interaction/office/letters/held/{receipt.GetProperty("id").GetGuid()}/release", new { });

        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, response.StatusCode.ToString());
        Assert.Equal(LetterState.Held, (await _driver.LetterAsync(receipt.GetProperty("id").GetGuid())).State);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class WritingPagesOnSqlite(SqlitePlatform platform) : WritingPageTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class WritingPagesOnPostgres(PostgresPlatform platform) : WritingPageTests(platform);

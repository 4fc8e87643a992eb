using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using EGov.IntegrationTests.Identity;
using EGov.IntegrationTests.Infrastructure;
using EGov.Interaction.Domain.Moderation;
using EGov.Platform.Audit;
using EGov.Platform.Identity.Demo;
using Microsoft.EntityFrameworkCore;

namespace EGov.IntegrationTests.Interaction.Moderation;

public abstract partial class SensitiveWordsTests(PlatformFactory platform)
{
    private const string Page = "/office/interaction/moderation/words";
    private const string Api = "/api/v1/interaction/office/sensitive-words";

    [Fact]
    public async Task Demo_list_is_shown_to_a_manager()
    {
        var leader = await SignedInAsync("bgs.zhuren");

        var html = await (await leader.GetAsync(Page)).Content.ReadAsStringAsync();

        Assert.Contains("赌博", html, StringComparison.Ordinal);
        Assert.Contains("敏感词管理", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Manager_adds_several_words_on_the_page_and_skips_known_ones()
    {
        var leader = await SignedInAsync("bgs.zhuren");
        var word = "测试词" + Guid.NewGuid().ToString("N")[..6];

        var response = await leader.PostFormAsync(Page, new Dictionary<string, string> { ["Words"] = $"{word}\r\n赌 博\r\n\r\n{word}甲" }, Page + "?handler=Add");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var scope = platform.Scope();
        var words = await PlatformFactory.Db(scope).Set<SensitiveWord>().Select(w => w.Word).ToListAsync();
        Assert.Contains(word, words);
        Assert.Contains(word + "甲", words);
        Assert.DoesNotContain("赌 博", words);
    }

    [Fact]
    public async Task Empty_addition_is_refused_with_a_message()
    {
        var leader = await SignedInAsync("bgs.zhuren");

        var response = await leader.PostFormAsync(Page, new Dictionary<string, string> { ["Words"] = " \n " }, Page + "?handler=Add");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("请至少输入一个敏感词", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_adds_lists_and_removes_a_word()
    {
        var leader = await SignedInAsync("bgs.zhuren");
        var token = await TokenAsync(leader);
        var word = "接口词" + Guid.NewGuid().ToString("N")[..6];

        var added = await SendAsync(leader, token, HttpMethod.Post, Api, new { words = new[] { word } });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var list = await leader.Client.GetFromJsonAsync<JsonElement>(Api);
        var id = list.EnumerateArray().Single(w => w.GetProperty("word").GetString() == word).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(leader, token, HttpMethod.Delete, $"{Api}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(leader, token, HttpMethod.Delete, $"{Api}/{id}")).StatusCode);
        await using var scope = platform.Scope();
        var audited = await PlatformFactory.Db(scope).Set<AuditEntry>().Where(e => e.ObjectId == id.ToString()).Select(e => e.Action).ToListAsync();
        Assert.Equal(["interaction.sensitive_word.added", "interaction.sensitive_word.removed"], audited.Order());
    }

    [Fact]
    public async Task Api_change_without_antiforgery_token_is_refused()
    {
        var leader = await SignedInAsync("bgs.zhuren");

        var response = await leader.Client.PostAsJsonAsync(Api, new { words = new[] { "无令牌" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("shimin")]
    [InlineData("bgs.keyuan")]
    public async Task Others_are_refused(string login)
    {
        var other = await SignedInAsync(login);

        var page = await other.GetAsync(Page);
        var api = await other.GetAsync(Api);

        Assert.True(page.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"page: {page.StatusCode}");
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
    }

    [Fact]
    public async Task Anonymous_is_sent_to_sign_in()
    {
        var response = await new Browser(platform).GetAsync(Page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/sign-in", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    private async Task<Browser> SignedInAsync(string login)
    {
        var browser = new Browser(platform);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(login, DemoAccounts.Password)).StatusCode);
        return browser;
    }

    private static async Task<string> TokenAsync(Browser browser)
        => WebUtility.HtmlDecode(TokenPattern().Match(await (await browser.GetAsync(Page)).Content.ReadAsStringAsync()).Groups[1].Value);

    private static Task<HttpResponseMessage> SendAsync(Browser browser, string token, HttpMethod method, string url, object? body = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("X-CSRF-TOKEN", token);
        return browser.Client.SendAsync(request);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

[Collection(SqliteCollection.Name)]
public sealed class SensitiveWordsOnSqlite(SqlitePlatform platform) : SensitiveWordsTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class SensitiveWordsOnPostgres(PostgresPlatform platform) : SensitiveWordsTests(platform);

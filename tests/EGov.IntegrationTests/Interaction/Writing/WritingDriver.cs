using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using EGov.IntegrationTests.Identity;
using EGov.IntegrationTests.Infrastructure;
using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Domain.Moderation;
using Microsoft.EntityFrameworkCore;

namespace EGov.IntegrationTests.Interaction.Writing;

/// <summary>Signs in demo accounts, writes letters through the API and moves letters to 已答复 as the handling part would.</summary>
internal sealed partial class WritingDriver(PlatformFactory platform)
{
    public const string WritePage = "/interaction/mailboxes/qzxx/write";

    public async Task<Browser> SignedInAsync(string login)
    {
        var browser = new Browser(platform);
        var response = await browser.SignInAsync(login, "Demo@2026");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    public static async Task<string> TokenAsync(Browser browser, string page = WritePage)
    {
        var html = await browser.Client.GetStringAsync(page);
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, $"{page} has no antiforgery token");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static async Task<HttpResponseMessage> PostJsonAsync(Browser browser, string token, string url, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.Add("X-CSRF-TOKEN", token);
        return await browser.Client.SendAsync(request);
    }

    /// <summary>shimin writes to 区长信箱 through the API; returns the receipt (id, number, queryCode, state, replyDue).</summary>
    public async Task<JsonElement> WriteAsync(string subject, string content, string kind = "Complaint")
    {
        var citizen = await SignedInAsync("shimin");
        var response = await PostJsonAsync(citizen, await TokenAsync(citizen), "/api/v1/interaction/letters",
            new { mailboxCode = "qzxx", kind, subject, content, consentToPublish = true });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<Letter> LetterAsync(Guid id)
    {
        await using var scope = platform.Scope();
        return await PlatformFactory.Db(scope).Set<Letter>().AsNoTracking().SingleAsync(l => l.Id == id);
    }

    /// <summary>What the handling part does when the reviewed reply is sent.</summary>
    public async Task MarkRepliedAsync(Guid id, DateTime? at = null)
    {
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        var letter = await db.Set<Letter>().SingleAsync(l => l.Id == id);
        letter.State = LetterState.Replied;
        letter.ReplyContent = "经核查，已责令商户整改。";
        letter.RepliedAt = at ?? DateTime.UtcNow;
        letter.ReplyingDepartmentName = "区市场监管局";
        await db.SaveChangesAsync();
    }

    public async Task AddSensitiveWordAsync(string word)
    {
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        if (!await db.Set<SensitiveWord>().AnyAsync(w => w.Word == word))
        {
            db.Add(new SensitiveWord { Word = word });
            await db.SaveChangesAsync();
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

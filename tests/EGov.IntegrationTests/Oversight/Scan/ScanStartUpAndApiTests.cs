using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using EGov.IntegrationTests.Identity;
using EGov.IntegrationTests.Infrastructure;
using EGov.Oversight.Contracts;
using EGov.Oversight.Domain;
using EGov.Platform.Identity.Demo;
using Microsoft.EntityFrameworkCore;

namespace EGov.IntegrationTests.Oversight.Scan;

/// <summary>The scan run by the demo data at start-up, and by a supervisor through the API (立即扫描).</summary>
public abstract partial class ScanStartUpAndApiTests(ScanPlatform platform)
{
    [Fact]
    public async Task Start_up_scan_raises_the_demo_cards_of_the_overdue_disclosure_request_and_letter()
    {
        await using var scope = platform.Scope();
        var cards = await PlatformFactory.Db(scope).Set<Card>().AsNoTracking().Where(c => c.Module != ScanPlatform.Module).ToListAsync();

        Assert.Contains(cards, c => c.Rule == OversightAnomalies.DisclosureReplyOverdue && c.Level == CardLevel.Red);
        Assert.Contains(cards, c => c.Module == "interaction" && c.Rule == OversightAnomalies.LetterUnanswered);
        Assert.All(cards, c => Assert.True(c.InInbox));
    }

    [Fact]
    public async Task Supervisor_runs_the_scan_through_the_api_and_a_clerk_may_not()
    {
        var supervisor = await SignInAsync("jiancha");
        var response = await supervisor.Client.SendAsync(supervisor.Scan());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Object, body.GetProperty("raised").ValueKind);
        Assert.True(body.GetProperty("elapsedMilliseconds").GetInt64() >= 0);

        var clerk = await SignInAsync("scjg.banli");
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.Client.SendAsync(clerk.Scan())).StatusCode);
    }

    [Fact]
    public async Task Scan_posted_without_the_antiforgery_token_is_refused()
    {
        var supervisor = await SignInAsync("jiancha");
        var response = await supervisor.Client.PostAsync(new Uri("/api/v1/oversight/scan", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<SignedIn> SignInAsync(string userName)
    {
        var browser = new Browser(platform);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(userName, DemoAccounts.Password)).StatusCode);
        var office = await (await browser.GetAsync("/office")).Content.ReadAsStringAsync();
        return new SignedIn(browser.Client, WebUtility.HtmlDecode(TokenPattern().Match(office).Groups[1].Value));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    private sealed record SignedIn(HttpClient Client, string Token)
    {
        public HttpRequestMessage Scan()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/oversight/scan");
            request.Headers.Add("X-CSRF-TOKEN", Token);
            return request;
        }
    }
}

[Collection(ScanSqliteCollection.Name)]
public sealed class ScanStartUpAndApiTestsOnSqlite(ScanSqlitePlatform platform) : ScanStartUpAndApiTests(platform);

[Collection(ScanPostgresCollection.Name)]
public sealed class ScanStartUpAndApiTestsOnPostgres(ScanPostgresPlatform platform) : ScanStartUpAndApiTests(platform);

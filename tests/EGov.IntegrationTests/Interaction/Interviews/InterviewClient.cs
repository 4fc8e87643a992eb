using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using EGov.IntegrationTests.Identity;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Identity.Demo;

namespace EGov.IntegrationTests.Interaction.Interviews;

/// <summary>A demo account (or nobody) calling the interview APIs as a browser would, with the antiforgery header.</summary>
internal sealed partial class InterviewClient
{
    public const string Office = "/api/v1/interaction/office/interviews";
    public const string Public = "/api/v1/interaction/interviews";

    private string _token = "";

    private InterviewClient(PlatformFactory platform) => Browser = new Browser(platform);

    public Browser Browser { get; }

    public HttpClient Http => Browser.Client;

    /// <summary>Signs in (unless <paramref name="userName"/> is null) and takes the antiforgery token from a page with a post form.</summary>
    public static async Task<InterviewClient> SignInAsync(PlatformFactory platform, string? userName, string tokenPage = "/office")
    {
        var client = new InterviewClient(platform);
        if (userName is not null)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await client.Browser.SignInAsync(userName, DemoAccounts.Password)).StatusCode);
        }

        var page = await client.Browser.GetAsync(tokenPage);
        client._token = WebUtility.HtmlDecode(TokenPattern().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value);
        return client;
    }

    public Task<HttpResponseMessage> PostAsync(string url, object body) => SendAsync(HttpMethod.Post, url, body);

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, object body)
    {
        var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) };
        request.Headers.Add("X-CSRF-TOKEN", _token);
        return Http.SendAsync(request);
    }

    public async Task<JsonElement> OkAsync(string url, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await PostAsync(url, body);
        return await JsonAsync(response, expected);
    }

    public async Task<JsonElement> GetJsonAsync(string url) => await JsonAsync(await Http.GetAsync(url), HttpStatusCode.OK);

    /// <summary>Schedules an interview with two guests starting in an hour; its id.</summary>
    public async Task<Guid> ScheduleAsync(string title = "区市场监管局谈食品安全")
    {
        var starts = DateTimeOffset.UtcNow.AddHours(1);
        var created = await OkAsync(Office, new
        {
            title,
            subject = "校园周边食品安全",
            guests = "王强 区市场监督管理局局长\n李娜 食品安全科科长",
            introduction = "介绍校园周边食品安全检查。",
            startsAt = starts,
            endsAt = starts.AddHours(1),
        }, HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }

    public async Task StageAsync(Guid id, string action)
        => Assert.Equal(HttpStatusCode.NoContent, (await PostAsync($"{Office}/{id}/{action}", new { })).StatusCode);

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

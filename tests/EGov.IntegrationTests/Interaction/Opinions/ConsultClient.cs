using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using EGov.IntegrationTests.Identity;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Identity.Demo;

namespace EGov.IntegrationTests.Interaction.Opinions;

/// <summary>A demo account signed in with a cookie, calling the interaction API as a browser would (antiforgery header).</summary>
internal sealed partial class ConsultClient
{
    private string _token = "";

    private ConsultClient(PlatformFactory platform) => Browser = new Browser(platform);

    public Browser Browser { get; }

    /// <summary>Signs in and takes the antiforgery token from <paramref name="tokenPage"/>.</summary>
    public static async Task<ConsultClient> SignInAsync(PlatformFactory platform, string userName, string tokenPage = "/office")
    {
        var client = new ConsultClient(platform);
        Assert.Equal(HttpStatusCode.Redirect, (await client.Browser.SignInAsync(userName, DemoAccounts.Password)).StatusCode);
        var page = await client.Browser.GetAsync(tokenPage);
        client._token = WebUtility.HtmlDecode(TokenPattern().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value);
        return client;
    }

    public Task<HttpResponseMessage> PostAsync(string url, object body) => SendAsync(HttpMethod.Post, url, body);

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, object? body)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("X-CSRF-TOKEN", _token);
        return Browser.Client.SendAsync(request);
    }

    public async Task<JsonElement> GetJsonAsync(string url) => await JsonAsync(await Browser.GetAsync(url), HttpStatusCode.OK);

    /// <summary>Uploads a small text file as the signed-in user's draft; its id.</summary>
    public async Task<Guid> UploadDraftAsync(string text)
    {
        using var form = new MultipartFormDataContent { { new StringContent(text), "file", "征求意见稿.txt" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/attachments") { Content = form };
        request.Headers.Add("X-CSRF-TOKEN", _token);
        return (await JsonAsync(await Browser.Client.SendAsync(request), HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

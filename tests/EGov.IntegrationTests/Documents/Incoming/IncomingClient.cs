using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using EGov.IntegrationTests.Identity;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Identity.Demo;

namespace EGov.IntegrationTests.Documents.Incoming;

/// <summary>A demo account signed in with a cookie, calling the 收文 API as a browser would (antiforgery header).</summary>
internal sealed partial class IncomingClient
{
    private string _token = "";

    private IncomingClient(PlatformFactory platform) => Browser = new Browser(platform);

    public Browser Browser { get; }

    public static async Task<IncomingClient> SignInAsync(PlatformFactory platform, string userName)
    {
        var client = new IncomingClient(platform);
        Assert.Equal(HttpStatusCode.Redirect, (await client.Browser.SignInAsync(userName, DemoAccounts.Password)).StatusCode);
        var page = await client.Browser.GetAsync("/office");
        client._token = WebUtility.HtmlDecode(TokenPattern().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value);
        return client;
    }

    public static string Url(Guid id, string step = "") => $"/api/v1/documents/incoming/{id}{(step.Length == 0 ? "" : "/" + step)}";

    public Task<HttpResponseMessage> PostAsync(string url, object? body = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body ?? new { }) };
        request.Headers.Add("X-CSRF-TOKEN", _token);
        return Browser.Client.SendAsync(request);
    }

    public async Task<JsonElement> StepAsync(Guid id, string step, object? body = null)
    {
        var response = await PostAsync(Url(id, step), body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{step}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    /// <summary>The refusal's body (an empty element when the response has none, as for a policy's 403).</summary>
    public async Task<JsonElement> RefusedAsync(Guid id, string step, object body, HttpStatusCode status)
    {
        var response = await PostAsync(Url(id, step), body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{step}: {(int)response.StatusCode} {text}");
        return text.Length > 0 ? JsonDocument.Parse(text).RootElement : default;
    }

    public async Task<(HttpStatusCode Status, JsonElement Body)> GetJsonAsync(string url)
    {
        var response = await Browser.Client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length > 0 && text.TrimStart().StartsWith('{') ? JsonDocument.Parse(text).RootElement : default);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using EGov.IntegrationTests.Identity;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Identity.Demo;

namespace EGov.IntegrationTests.Interaction.Handling;

/// <summary>A demo account signed in with a cookie, calling the office letters API as a browser would (antiforgery header).</summary>
internal sealed partial class OfficeClient
{
    private string _token = "";

    private OfficeClient(PlatformFactory platform) => Browser = new Browser(platform);

    public Browser Browser { get; }

    public static async Task<OfficeClient> SignInAsync(PlatformFactory platform, string userName, string tokenPage = "/office")
    {
        var client = new OfficeClient(platform);
        Assert.Equal(HttpStatusCode.Redirect, (await client.Browser.SignInAsync(userName, DemoAccounts.Password)).StatusCode);
        var page = await client.Browser.GetAsync(tokenPage);
        client._token = WebUtility.HtmlDecode(TokenPattern().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value);
        return client;
    }

    public static string Url(Guid id, string step = "") => $"/api/v1/interaction/office/letters/{id}{(step.Length == 0 ? "" : "/" + step)}";

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

    public async Task<string> RefusedAsync(Guid id, string step, object? body, HttpStatusCode status)
    {
        var response = await PostAsync(Url(id, step), body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{step}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("code").GetString()!;
    }

    public async Task<JsonElement> GetJsonAsync(string url) => await Browser.Client.GetFromJsonAsync<JsonElement>(url);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using EGov.IntegrationTests.Identity;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Identity.Demo;

namespace EGov.IntegrationTests.Approvals.Handling;

/// <summary>A demo account signed in with a cookie, calling the handling API as a browser would (antiforgery header).</summary>
internal sealed partial class ApprovalsClient
{
    private string _token = "";

    private ApprovalsClient(PlatformFactory platform) => Browser = new Browser(platform);

    public Browser Browser { get; }

    public static async Task<ApprovalsClient> SignInAsync(PlatformFactory platform, string userName, string tokenPage = "/office")
    {
        var client = new ApprovalsClient(platform);
        Assert.Equal(HttpStatusCode.Redirect, (await client.Browser.SignInAsync(userName, DemoAccounts.Password)).StatusCode);
        var page = await client.Browser.GetAsync(tokenPage);
        client._token = WebUtility.HtmlDecode(TokenPattern().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value);
        return client;
    }

    public static string Url(Guid id, string step = "") => $"/api/v1/approvals/office/applications/{id}{(step.Length == 0 ? "" : "/" + step)}";

    public Task<HttpResponseMessage> PostAsync(string url, object? body = null) => SendAsync(HttpMethod.Post, url, JsonContent.Create(body ?? new { }));

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, HttpContent content)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Add("X-CSRF-TOKEN", _token);
        return Browser.Client.SendAsync(request);
    }

    /// <summary>Posts a step and asserts it succeeded.</summary>
    public async Task<JsonElement> StepAsync(Guid id, string step, object? body = null)
    {
        var response = await PostAsync(Url(id, step), body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{step}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    /// <summary>Posts a step that must be refused, and returns the problem's code.</summary>
    public async Task<string> RefusedAsync(Guid id, string step, object? body, HttpStatusCode status)
    {
        var response = await PostAsync(Url(id, step), body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{step}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("code").GetString()!;
    }

    public async Task<JsonElement> DossierAsync(Guid id) => await Browser.Client.GetFromJsonAsync<JsonElement>(Url(id));

    public async Task<Guid> UploadAsync(string name, string text)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(text)), "file", name } };
        var response = await SendAsync(HttpMethod.Post, "/api/v1/attachments", form);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

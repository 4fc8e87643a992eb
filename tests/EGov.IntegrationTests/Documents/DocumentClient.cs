using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using EGov.IntegrationTests.Identity;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Identity.Demo;

namespace EGov.IntegrationTests.Documents;

/// <summary>A demo account signed in with a cookie, calling the 发文 API as a page would (antiforgery header).</summary>
internal sealed partial class DocumentClient
{
    public const string Api = "/api/v1/documents/outgoing";

    private string _token = "";

    private DocumentClient(PlatformFactory platform) => Browser = new Browser(platform);

    public Browser Browser { get; }

    public static async Task<DocumentClient> SignInAsync(PlatformFactory platform, string userName)
    {
        var client = new DocumentClient(platform);
        Assert.Equal(HttpStatusCode.Redirect, (await client.Browser.SignInAsync(userName, DemoAccounts.Password)).StatusCode);
        var page = await client.Browser.GetAsync("/office");
        client._token = WebUtility.HtmlDecode(TokenPattern().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value);
        return client;
    }

    public async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpMethod method, string url, object? body = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (method != HttpMethod.Get)
        {
            request.Content = JsonContent.Create(body ?? new { });
            request.Headers.Add("X-CSRF-TOKEN", _token);
        }

        var response = await Browser.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length > 0 ? JsonDocument.Parse(text).RootElement.Clone() : default);
    }

    /// <summary>A step that must succeed; returns the document as the API shows it afterwards.</summary>
    public async Task<JsonElement> StepAsync(Guid id, string step, object body)
    {
        var (status, json) = await SendAsync(HttpMethod.Post, $"{Api}/{id}/{step}", body);
        Assert.True(status == HttpStatusCode.OK, $"{step}: {(int)status} {json}");
        return json;
    }

    public async Task<JsonElement> GetAsync(Guid id)
    {
        var (status, json) = await SendAsync(HttpMethod.Get, $"{Api}/{id}");
        Assert.True(status == HttpStatusCode.OK, $"GET: {(int)status} {json}");
        return json;
    }

    public async Task<Guid> TemplateAsync(string code)
    {
        var (_, list) = await SendAsync(HttpMethod.Get, "/api/v1/documents/templates");
        return list.EnumerateArray().First(t => t.GetProperty("agencyCode").GetString() == code).GetProperty("id").GetGuid();
    }

    public async Task<JsonElement> CreateAsync(object body)
    {
        var (status, json) = await SendAsync(HttpMethod.Post, Api, body);
        Assert.True(status == HttpStatusCode.Created, $"create: {(int)status} {json}");
        return json;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

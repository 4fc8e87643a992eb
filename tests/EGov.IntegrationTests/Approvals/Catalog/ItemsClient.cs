using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EGov.Approvals.Domain.Items;
using EGov.IntegrationTests.Identity;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Identity.Demo;
using Microsoft.EntityFrameworkCore;

namespace EGov.IntegrationTests.Approvals.Catalog;

/// <summary>A demo account signed in with a cookie, calling the catalog's staff API as a browser would (antiforgery header).</summary>
internal sealed partial class ItemsClient
{
    public const string Api = "/api/v1/approvals/office/items";

    private string _token = "";

    private ItemsClient(PlatformFactory platform) => Browser = new Browser(platform);

    public Browser Browser { get; }

    public static async Task<ItemsClient> SignInAsync(PlatformFactory platform, string userName)
    {
        var client = new ItemsClient(platform);
        Assert.Equal(HttpStatusCode.Redirect, (await client.Browser.SignInAsync(userName, DemoAccounts.Password)).StatusCode);
        var office = await client.Browser.GetAsync("/office");
        client._token = WebUtility.HtmlDecode(TokenPattern().Match(await office.Content.ReadAsStringAsync()).Groups[1].Value);
        return client;
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, JsonNode? body = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("X-CSRF-TOKEN", _token);
        return Browser.Client.SendAsync(request);
    }

    /// <summary>The item's editable elements (<c>item</c>) as the staff API gives them.</summary>
    public async Task<JsonObject> ItemAsync(Guid id)
    {
        var response = await Browser.GetAsync($"{Api}/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["item"]!.AsObject();
    }

    /// <summary>Uploads a small text file as the signed-in user's draft; its id.</summary>
    public async Task<Guid> UploadDraftAsync(string text)
    {
        using var form = new MultipartFormDataContent { { new StringContent(text), "file", "样本.txt" } };
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

    public static async Task<ServiceItem> DemoAsync(PlatformFactory platform, string code)
    {
        await using var scope = platform.Scope();
        return await PlatformFactory.Db(scope).Set<ServiceItem>().AsNoTracking().SingleAsync(i => i.ImplementationCode == code);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using EGov.IntegrationTests.Identity;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Identity.Demo;

namespace EGov.IntegrationTests.Disclosure.Catalog;

/// <summary>A demo account signed in with a cookie, calling the catalog's staff API as a browser would (antiforgery header).</summary>
internal sealed partial class CatalogClient
{
    public const string Api = "/api/v1/disclosure/office/catalog";

    private string _token = "";

    private CatalogClient(PlatformFactory platform) => Browser = new Browser(platform);

    public Browser Browser { get; }

    public static async Task<CatalogClient> SignInAsync(PlatformFactory platform, string userName)
    {
        var client = new CatalogClient(platform);
        Assert.Equal(HttpStatusCode.Redirect, (await client.Browser.SignInAsync(userName, DemoAccounts.Password)).StatusCode);
        var office = await client.Browser.GetAsync("/office");
        Assert.Equal(HttpStatusCode.OK, office.StatusCode);
        client._token = WebUtility.HtmlDecode(TokenPattern().Match(await office.Content.ReadAsStringAsync()).Groups[1].Value);
        return client;
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, object? body = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("X-CSRF-TOKEN", _token);
        return Browser.Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostAsync(string url, object? body = null) => SendAsync(HttpMethod.Post, url, body ?? new { });

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    public async Task<JsonElement> GetJsonAsync(string url) => await JsonAsync(await Browser.GetAsync(url), HttpStatusCode.OK);

    /// <summary>A complete 主动公开 item of the district government, generated <paramref name="generatedOn"/>.</summary>
    public async Task<object> ItemAsync(string title, string agency = "xlq", DateOnly? generatedOn = null, string attribute = "Proactive")
    {
        var categories = await GetJsonAsync("/api/v1/disclosure/categories");
        var category = categories.EnumerateArray().First(c => c.GetProperty("code").GetString() == "art20-12").GetProperty("id").GetGuid();
        return new
        {
            agency,
            title,
            summary = $"{title}的主要内容。",
            body = "第一段。\n\n第二段。",
            generatedOn = (generatedOn ?? DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(-2)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            documentNumber = "西政办发〔2026〕99号",
            attribute,
            categoryId = category,
            subject = "综合政务",
            genre = "通知",
            keywords = "测试 应急",
            version = 0,
        };
    }

    public async Task<JsonElement> CreateAsync(string title, string agency = "xlq")
        => await JsonAsync(await PostAsync(Api, await ItemAsync(title, agency)), HttpStatusCode.Created);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using EGov.IntegrationTests.Identity;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Identity.Demo;

namespace EGov.IntegrationTests.Approvals.Ratings;

/// <summary>A demo account signed in with a cookie, calling the APIs as a browser would (antiforgery header).</summary>
internal sealed partial class RatingsClient
{
    private string _token = "";

    private RatingsClient(PlatformFactory platform) => Browser = new Browser(platform);

    public Browser Browser { get; }

    public static async Task<RatingsClient> SignInAsync(PlatformFactory platform, string userName, string tokenPage = "/office")
    {
        var client = new RatingsClient(platform);
        Assert.Equal(HttpStatusCode.Redirect, (await client.Browser.SignInAsync(userName, DemoAccounts.Password)).StatusCode);
        var page = await client.Browser.GetAsync(tokenPage);
        var token = TokenPattern().Match(await page.Content.ReadAsStringAsync());
        Assert.True(token.Success, $"{tokenPage} has no antiforgery token");
        client._token = WebUtility.HtmlDecode(token.Groups[1].Value);
        return client;
    }

    public Task<HttpResponseMessage> PostAsync(string url, object? body = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body ?? new { }) };
        request.Headers.Add("X-CSRF-TOKEN", _token);
        return Browser.Client.SendAsync(request);
    }

    /// <summary>Posts and asserts the status; returns the body (empty object for 204).</summary>
    public async Task<JsonElement> PostAsync(string url, object? body, HttpStatusCode expected)
    {
        var response = await PostAsync(url, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"POST {url}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text.Length == 0 ? "{}" : text).RootElement;
    }

    public Task<JsonElement> GetAsync(string url) => Browser.Client.GetFromJsonAsync<JsonElement>(url);

    public static object Online(int overall, string? comment = null, string? reason = null) => new
    {
        overall,
        dimensions = new Dictionary<string, int> { ["efficiency"] = overall, ["guide_accuracy"] = overall, ["convenience"] = overall, ["usability"] = overall },
        comment,
        badReason = reason,
    };

    public static object Window(int overall, string? comment = null) => new
    {
        overall,
        dimensions = new Dictionary<string, int> { ["service_efficiency"] = overall, ["service_level"] = overall, ["service_attitude"] = overall },
        comment,
    };

    public static string Rate(Guid application) => $"/api/v1/approvals/my/applications/{application}/rating";

    public static string Feedback(Guid application) => $"/api/v1/approvals/my/applications/{application}/rectification-feedback";

    public static string Office(Guid rectification, string step = "") => $"/api/v1/approvals/office/rectifications/{rectification}{(step.Length == 0 ? "" : "/" + step)}";

    public static object CallBack => new { calledBackAt = DateTime.UtcNow, method = "电话", note = "申请人反映窗口要求重复提交材料" };

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

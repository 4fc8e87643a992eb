using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using EGov.IntegrationTests.Identity;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Identity.Demo;

namespace EGov.IntegrationTests.Portal.Workflow;

/// <summary>A demo account signed in with a cookie, calling the workflow API as a browser would (antiforgery header).</summary>
internal sealed partial class StaffClient
{
    private string _token = "";

    private StaffClient(PlatformFactory platform) => Browser = new Browser(platform);

    public Browser Browser { get; }

    public static async Task<StaffClient> SignInAsync(PlatformFactory platform, string userName)
    {
        var client = new StaffClient(platform);
        var signIn = await client.Browser.SignInAsync(userName, DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var office = await client.Browser.GetAsync("/office");
        Assert.Equal(HttpStatusCode.OK, office.StatusCode);
        client._token = WebUtility.HtmlDecode(TokenPattern().Match(await office.Content.ReadAsStringAsync()).Groups[1].Value);
        return client;
    }

    public Task<HttpResponseMessage> PostAsync(string url, object? body = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body ?? new { }) };
        request.Headers.Add("X-CSRF-TOKEN", _token);
        return Browser.Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostFormAsync(string page, Dictionary<string, string> fields, string? handler = null)
        => Browser.PostFormAsync(page, fields, handler is null ? null : $"{page}?handler={handler}");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

using System.Net;
using System.Text.RegularExpressions;
using EGov.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EGov.IntegrationTests.Identity;

/// <summary>A client that keeps cookies like a browser and fills in the antiforgery token of the page it posts from.</summary>
public sealed partial class Browser(PlatformFactory platform)
{
    public HttpClient Client { get; } = platform.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public Task<HttpResponseMessage> GetAsync(string url) => Client.GetAsync(url);

    /// <summary>Loads <paramref name="formPage"/>, then posts the fields and its antiforgery token to <paramref name="action"/> (default: the same page).</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, IDictionary<string, string> fields, string? action = null)
    {
        var page = await Client.GetAsync(formPage);
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"GET {formPage}: {(int)page.StatusCode} {page.Headers.Location}");
        var html = await page.Content.ReadAsStringAsync();
        var token = TokenPattern().Match(html);
        Assert.True(token.Success, $"{formPage} has no antiforgery token");
        var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        return await Client.PostAsync(action ?? formPage, new FormUrlEncodedContent(body));
    }

    public Task<HttpResponseMessage> SignInAsync(string login, string password, string? returnUrl = null)
        => PostFormAsync("/account/sign-in" + (returnUrl is null ? "" : $"?returnUrl={Uri.EscapeDataString(returnUrl)}"),
            new Dictionary<string, string> { ["Input.Login"] = login, ["Input.Password"] = password });

    /// <summary>Signs out with the button of the office header.</summary>
    public Task<HttpResponseMessage> SignOutAsync(string fromPage = "/office")
        => PostFormAsync(fromPage, new Dictionary<string, string>(), "/account/sign-out");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

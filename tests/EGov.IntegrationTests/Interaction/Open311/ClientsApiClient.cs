using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using EGov.IntegrationTests.Identity;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Identity.Demo;

namespace EGov.IntegrationTests.Interaction.Open311;

/// <summary>A staff member with 互动管理 calling the Open311 clients API as the office page's browser would.</summary>
internal sealed partial class ClientsApiClient
{
    public const string Api = "/api/v1/interaction/office/clients";

    private readonly Browser _browser;
    private string _token = "";

    private ClientsApiClient(PlatformFactory platform) => _browser = new Browser(platform);

    public static async Task<ClientsApiClient> SignInAsync(PlatformFactory platform, string userName)
    {
        var client = new ClientsApiClient(platform);
        Assert.Equal(HttpStatusCode.Redirect, (await client._browser.SignInAsync(userName, DemoAccounts.Password)).StatusCode);
        var office = await client._browser.GetAsync("/office");
        client._token = WebUtility.HtmlDecode(TokenPattern().Match(await office.Content.ReadAsStringAsync()).Groups[1].Value);
        return client;
    }

    public async Task<JsonElement> RegisterAsync(string name, string contact)
        => await ReadAsync(await SendAsync(HttpMethod.Post, Api, new { name, contact }), HttpStatusCode.Created);

    public async Task RevokeAsync(Guid id)
        => Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(HttpMethod.Post, $"{Api}/{id}/revoke", new { })).StatusCode);

    public async Task<JsonElement> ListAsync() => await ReadAsync(await _browser.GetAsync(Api), HttpStatusCode.OK);

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, object body)
    {
        var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) };
        request.Headers.Add("X-CSRF-TOKEN", _token);
        return _browser.Client.SendAsync(request);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using EGov.IntegrationTests.Identity;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Identity.Demo;

namespace EGov.IntegrationTests.Oversight.Rules;

/// <summary>A demo account signed in with a cookie, calling the rules API as the rules page's script would (antiforgery header).</summary>
internal sealed partial class RulesClient
{
    public const string Page = "/admin/oversight/rules";
    public const string Api = "/api/v1/oversight/rules";

    private string _token = "";

    private RulesClient(PlatformFactory platform) => Browser = new Browser(platform);

    public Browser Browser { get; }

    public static async Task<RulesClient> SignInAsync(PlatformFactory platform, string userName)
    {
        var client = new RulesClient(platform);
        Assert.Equal(HttpStatusCode.Redirect, (await client.Browser.SignInAsync(userName, DemoAccounts.Password)).StatusCode);
        var home = await client.Browser.GetAsync(userName == "secadmin" ? Page : "/office");
        client._token = WebUtility.HtmlDecode(TokenPattern().Match(await home.Content.ReadAsStringAsync()).Groups[1].Value);
        return client;
    }

    public Task<HttpResponseMessage> PutAsync(string code, object body) => SendAsync(HttpMethod.Put, $"{Api}/{code}", body);

    public Task<HttpResponseMessage> ResetAsync(string code, long version) => SendAsync(HttpMethod.Post, $"{Api}/{code}/reset", new { version });

    /// <summary>The rule as the API lists it.</summary>
    public async Task<JsonElement> RuleAsync(string code)
        => (await ListAsync()).GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("code").GetString() == code);

    public async Task<JsonElement> ListAsync() => await JsonAsync(await Browser.GetAsync(Api), HttpStatusCode.OK);

    /// <summary>Waits until the warning recomputation a threshold change started has finished.</summary>
    public async Task WaitForRecomputeAsync()
    {
        for (var i = 0; i < 300; i++)
        {
            if ((await ListAsync()).GetProperty("recompute") is { ValueKind: JsonValueKind.Object } p && !p.GetProperty("running").GetBoolean())
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("预警时间重算 30 秒内未完成");
    }

    /// <summary>Puts every rule back to its defaults (the platform is shared by the collection's test classes).</summary>
    public async Task ResetAllAsync()
    {
        foreach (var rule in (await ListAsync()).GetProperty("rules").EnumerateArray().Where(r => !r.GetProperty("isDefault").GetBoolean()))
        {
            await JsonAsync(await ResetAsync(rule.GetProperty("code").GetString()!, rule.GetProperty("version").GetInt64()), HttpStatusCode.OK);
        }

        if ((await ListAsync()).GetProperty("recompute").ValueKind == JsonValueKind.Object)
        {
            await WaitForRecomputeAsync();
        }
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, object body)
    {
        var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) };
        request.Headers.Add("X-CSRF-TOKEN", _token);
        return Browser.Client.SendAsync(request);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

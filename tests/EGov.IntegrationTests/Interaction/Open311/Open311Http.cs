using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using EGov.IntegrationTests.Infrastructure;
using EGov.Interaction.Open311.Demo;

namespace EGov.IntegrationTests.Interaction.Open311;

/// <summary>A GeoReport v2 client program: anonymous GETs, form-encoded POSTs with an api_key.</summary>
internal sealed class Open311Http(PlatformFactory platform)
{
    public const string Root = "/open311/v2";

    public HttpClient Client { get; } = platform.CreateClient();

    public async Task<XDocument> XmlAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await Client.GetAsync(Root + path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("text/xml; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        return XDocument.Parse(text);
    }

    public async Task<JsonElement> JsonAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
        => await ReadJsonAsync(await Client.GetAsync(Root + path), expected);

    public async Task<JsonElement> PostAsync(IDictionary<string, string> fields, HttpStatusCode expected = HttpStatusCode.OK, string? apiKey = Open311DemoSeeder.DemoKey)
    {
        var body = new Dictionary<string, string>(fields);
        if (apiKey is not null)
        {
            body["api_key"] = apiKey;
        }

        using var form = new FormUrlEncodedContent(body);
        return await ReadJsonAsync(await Client.PostAsync(Root + "/requests.json", form), expected);
    }

    public static Dictionary<string, string> Request(string description, string code = "complaint") => new()
    {
        ["service_code"] = code,
        ["lat"] = "30.6925",
        ["long"] = "111.2865",
        ["address_string"] = "西陵一路 18 号",
        ["phone"] = "13800000009",
        ["first_name"] = "四",
        ["last_name"] = "李",
        ["account_id"] = "app-user-42",
        ["description"] = description,
        ["media_url"] = "https://img.example.com/report/1.jpg",
    };

    private static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace EGov.IntegrationTests.Documents;

/// <summary>Uploads (交换证书, 交换包) as multipart forms, with the antiforgery header.</summary>
internal sealed partial class DocumentClient
{
    public async Task<(HttpStatusCode Status, byte[] Body, JsonElement Json)> UploadAsync(string url, byte[] file, string fileName, params (string Name, string Value)[] fields)
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", fileName);
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = form };
        request.Headers.Add("X-CSRF-TOKEN", _token);
        return await ReadAsync(await Browser.Client.SendAsync(request));
    }

    public async Task<(HttpStatusCode Status, byte[] Body, JsonElement Json)> DownloadAsync(HttpMethod method, string url, object? body = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (method != HttpMethod.Get)
        {
            request.Content = System.Net.Http.Json.JsonContent.Create(body ?? new { });
            request.Headers.Add("X-CSRF-TOKEN", _token);
        }

        return await ReadAsync(await Browser.Client.SendAsync(request));
    }

    private static async Task<(HttpStatusCode, byte[], JsonElement)> ReadAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var json = response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true && bytes.Length > 0
            ? JsonDocument.Parse(bytes).RootElement.Clone()
            : default;
        return (response.StatusCode, bytes, json);
    }
}

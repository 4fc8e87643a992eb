using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace EGov.Platform.Notifications;

/// <summary>
/// SMS through an HTTP gateway (<c>Notifications:Sms:Provider = http</c>): one JSON POST per message to the configured
/// URL, with the API key in a header and the body built from the configured template.
/// </summary>
internal sealed class HttpSmsSender(IHttpClientFactory clients, IOptions<NotificationsOptions> options) : IMessageSender
{
    public const string ClientName = "notifications.sms";

    public string Channel => MessageChannels.Sms;

    public async Task<SendResult> SendAsync(string recipient, string subject, string body, CancellationToken cancellationToken)
    {
        var settings = options.Value.Sms;
        if (!Uri.TryCreate(settings.Url, UriKind.Absolute, out var url))
        {
            return new SendResult(false, false, "未配置短信网关地址（Notifications:Sms:Url）");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(Body(settings.BodyTemplate, recipient, subject, body), Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        if (!string.IsNullOrEmpty(settings.ApiKey))
        {
            request.Headers.TryAddWithoutValidation(settings.ApiKeyHeader, settings.ApiKey);
        }

        var client = clients.CreateClient(ClientName);
        client.Timeout = TimeSpan.FromSeconds(Math.Max(1, settings.TimeoutSeconds));
        using var response = await client.SendAsync(request, cancellationToken);
        var answer = await response.Content.ReadAsStringAsync(cancellationToken);
        var detail = $"HTTP {(int)response.StatusCode} {(answer.Length > 400 ? answer[..400] : answer)}";
        return new SendResult(response.IsSuccessStatusCode, false, detail);
    }

    /// <summary>The template with each placeholder replaced by the JSON string content of its value.</summary>
    public static string Body(string template, string recipient, string subject, string body)
    {
        ArgumentNullException.ThrowIfNull(template);
        return template
            .Replace("{recipient}", Escape(recipient), StringComparison.Ordinal)
            .Replace("{subject}", Escape(subject), StringComparison.Ordinal)
            .Replace("{body}", Escape(body), StringComparison.Ordinal);
    }

    private static string Escape(string value) => JsonSerializer.Serialize(value)[1..^1];
}

using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using EGov.Platform.Notifications;

namespace EGov.IntegrationTests.Verification;

/// <summary>An SMS sender for test hosts: keeps every message instead of sending it, as if a gateway had taken it.</summary>
internal sealed partial class SmsCapture : IMessageSender
{
    public ConcurrentQueue<(string Recipient, string Body)> Sent { get; } = new();

    public string Channel => MessageChannels.Sms;

    public Task<SendResult> SendAsync(string recipient, string subject, string body, CancellationToken cancellationToken)
    {
        Sent.Enqueue((recipient, body));
        return Task.FromResult(new SendResult(true, false, "captured"));
    }

    public string? CodeFor(string phone)
        => Sent.LastOrDefault(m => m.Recipient == phone) is { Body: { } body } ? CodePattern().Match(body).Value : null;

    [GeneratedRegex(@"\d{6}")]
    private static partial Regex CodePattern();
}

using System.Text.RegularExpressions;
using EGov.Platform.Notifications;

namespace EGov.UnitTests.Verification;

/// <summary>An SMS sender that keeps what it was given.</summary>
internal sealed partial class CapturingSms(bool recorded = false) : IMessageSender
{
    public List<(string Recipient, string Body)> Sent { get; } = [];

    public string Channel => MessageChannels.Sms;

    public string LastCode => CodePattern().Match(Sent[^1].Body).Value;

    public Task<SendResult> SendAsync(string recipient, string subject, string body, CancellationToken cancellationToken)
    {
        Sent.Add((recipient, body));
        return Task.FromResult(new SendResult(true, recorded, "ok"));
    }

    [GeneratedRegex(@"\d{6}")]
    private static partial Regex CodePattern();
}

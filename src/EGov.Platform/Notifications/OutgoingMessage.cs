namespace EGov.Platform.Notifications;

/// <summary>
/// An SMS or e-mail waiting for (or done with) its sender. The recipient address is personal data and stored encrypted.
/// </summary>
public sealed class OutgoingMessage
{
    public Guid Id { get; internal set; } = Guid.CreateVersion7();

    /// <summary>One of <see cref="MessageChannels"/>.</summary>
    public string Channel { get; internal set; } = "";

    public string Module { get; internal set; } = "";
    public string Recipient { get; internal set; } = "";
    public string Subject { get; internal set; } = "";
    public string Body { get; internal set; } = "";
    public DateTime CreatedAt { get; internal set; }
    public OutgoingState State { get; internal set; }
    public int Attempts { get; internal set; }
    public DateTime? SentAt { get; internal set; }

    /// <summary>What the sender said: the gateway's message id, "recorded only", or the last error.</summary>
    public string? Result { get; internal set; }

    public long Version { get; internal set; }

    /// <summary>A dispatcher holds the message until then (sending it, or waiting to retry); nobody else takes it before.</summary>
    public DateTime? ClaimedUntil { get; internal set; }
}

public enum OutgoingState
{
    Pending,
    Sent,

    /// <summary>No gateway is configured: the message was written to the log and kept here, not sent.</summary>
    Recorded,
    Failed,
}

public static class MessageChannels
{
    public const string Sms = "sms";
    public const string Email = "email";
}

namespace EGov.Platform.Notifications;

/// <summary>
/// Sends messages of one channel (<see cref="MessageChannels"/>): an SMS gateway, an SMTP server. The platform
/// registers a recording sender for each channel; a deployment configures a real one in <c>Notifications</c>.
/// </summary>
public interface IMessageSender
{
    string Channel { get; }

    Task<SendResult> SendAsync(string recipient, string subject, string body, CancellationToken cancellationToken);
}

/// <param name="Recorded">True when nothing left the platform (no gateway configured): the message is only kept.</param>
public sealed record SendResult(bool Success, bool Recorded, string Detail);

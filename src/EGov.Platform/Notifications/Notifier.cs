using EGov.Platform.Data;

namespace EGov.Platform.Notifications;

internal sealed class Notifier(EGovDbContext db, TimeProvider time) : INotifier
{
    public void Notify(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var now = time.GetUtcNow().UtcDateTime;
        if (notification.AccountId is { } account)
        {
            db.Add(new SiteMessage { AccountId = account, Module = notification.Module, Title = notification.Title, Body = notification.Body, Url = notification.Url, CreatedAt = now });
        }

        Queue(MessageChannels.Sms, notification.Phone, notification, now);
        Queue(MessageChannels.Email, notification.Email, notification, now);
    }

    private void Queue(string channel, string? recipient, Notification notification, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(recipient))
        {
            return;
        }

        db.Add(new OutgoingMessage
        {
            Channel = channel,
            Module = notification.Module,
            Recipient = recipient.Trim(),
            Subject = notification.Title,
            Body = notification.Body,
            CreatedAt = now,
            State = OutgoingState.Pending,
        });
    }
}

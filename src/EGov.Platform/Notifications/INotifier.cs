namespace EGov.Platform.Notifications;

/// <summary>
/// Tells a person something: a site message in their personal space (when they have an account) and an SMS or
/// e-mail through the configured senders. Everything is added to the caller's unit of work, so a message exists
/// exactly when the change it reports was saved; a background dispatcher sends the queued SMS and e-mails.
/// </summary>
public interface INotifier
{
    void Notify(Notification notification);
}

/// <param name="Module">The module code, e.g. <c>approvals</c>.</param>
/// <param name="AccountId">The recipient's account, for the site message; null for someone without an account.</param>
/// <param name="Phone">A mobile number for an SMS, or null.</param>
/// <param name="Email">An e-mail address, or null.</param>
/// <param name="Url">Where the recipient reads more, e.g. <c>/my/applications/…</c>.</param>
public sealed record Notification(string Module, string Title, string Body, Guid? AccountId = null, string? Phone = null, string? Email = null, string? Url = null);

namespace EGov.Platform.Notifications;

/// <summary>站内消息: a notification shown in the recipient's personal space.</summary>
public sealed class SiteMessage
{
    public Guid Id { get; internal set; } = Guid.CreateVersion7();
    public Guid AccountId { get; internal set; }
    public string Module { get; internal set; } = "";
    public string Title { get; internal set; } = "";
    public string Body { get; internal set; } = "";
    public string? Url { get; internal set; }
    public DateTime CreatedAt { get; internal set; }
    public DateTime? ReadAt { get; internal set; }
}

namespace EGov.Portal.Domain.Articles;

/// <summary>
/// 推送/引用: a department's article shown in a channel of another site (usually the portal) without copying it; the
/// target site's editor accepts or declines, and the page names the source site.
/// </summary>
internal sealed class ArticleReference
{
    public Guid Id { get; set; }
    public Guid ArticleId { get; set; }
    public Guid TargetSiteId { get; set; }
    public Guid TargetChannelId { get; set; }
    public ReferenceStatus Status { get; set; } = ReferenceStatus.Pending;
    public Guid PushedBy { get; set; }
    public DateTime PushedAt { get; set; }
    public Guid? DecidedBy { get; set; }
    public DateTime? DecidedAt { get; set; }
    public string? Comment { get; set; }
}

internal enum ReferenceStatus
{
    Pending = 1,
    Accepted = 2,
    Declined = 3,

    /// <summary>The source article was withdrawn: no longer shown anywhere.</summary>
    Withdrawn = 4,
}

namespace EGov.Portal.Domain.Statistics;

/// <summary>Page views of one day, counted on the server: of an article, or of a channel's list page (<see cref="ArticleId"/> empty).</summary>
internal sealed class PageViewDay
{
    public Guid SiteId { get; set; }
    public Guid ChannelId { get; set; }
    public Guid ArticleId { get; set; }
    public DateOnly Date { get; set; }
    public long Count { get; set; }
}

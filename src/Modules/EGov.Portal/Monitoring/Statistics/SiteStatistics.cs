namespace EGov.Portal.Monitoring.Statistics;

/// <summary>Page views of one site over a date range (China dates, both ends included).</summary>
internal sealed record SiteStatistics(
    string SiteCode,
    string SiteName,
    DateOnly From,
    DateOnly To,
    long Total,
    IReadOnlyList<DailyViews> Daily,
    IReadOnlyList<ArticleViews> TopArticles,
    IReadOnlyList<ChannelViews> TopChannels);

internal sealed record DailyViews(DateOnly Date, long Count);

internal sealed record ArticleViews(Guid ArticleId, string Title, string ChannelName, string Url, long Count);

/// <summary>Views of a channel: its list page, the articles in it, and both together.</summary>
internal sealed record ChannelViews(string Code, string Name, string Url, long ListViews, long ArticleViews, long Total);

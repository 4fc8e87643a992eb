namespace EGov.Portal.Domain.Sites;

/// <summary>A block of a site's home page: the latest articles of one channel.</summary>
internal sealed class HomeBlock
{
    public Guid Id { get; set; }
    public Guid SiteId { get; set; }
    public Guid ChannelId { get; set; }

    /// <summary>Heading shown on the home page; the channel's name when empty.</summary>
    public string? Title { get; set; }

    public HomeBlockLayout Layout { get; set; } = HomeBlockLayout.List;
    public int ItemCount { get; set; } = 6;
    public int SortOrder { get; set; }
}

internal enum HomeBlockLayout
{
    /// <summary>Title and date lines.</summary>
    List = 1,

    /// <summary>The first item large with its summary, then lines (要闻).</summary>
    Headline = 2,

    /// <summary>Cards with an icon-free title, for policy files and interpretations.</summary>
    Cards = 3,
}

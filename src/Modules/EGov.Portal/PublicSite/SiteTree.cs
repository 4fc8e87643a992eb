namespace EGov.Portal.PublicSite;

/// <summary>One site with its channel tree and home blocks, read once and shared by every request.</summary>
internal sealed class SiteTree
{
    private readonly Dictionary<string, PublicChannel> _byCode;
    private readonly Dictionary<Guid, PublicChannel> _byId;
    private readonly ILookup<Guid?, PublicChannel> _children;

    public SiteTree(PublicSiteInfo site, IEnumerable<PublicChannel> channels, IReadOnlyList<PublicHomeBlock> blocks)
    {
        Site = site;
        Channels = [.. channels.OrderBy(c => c.SortOrder).ThenBy(c => c.Name, StringComparer.Ordinal)];
        _byCode = Channels.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
        _byId = Channels.ToDictionary(c => c.Id);
        _children = Channels.ToLookup(c => c.ParentId);
        Blocks = blocks;
    }

    public PublicSiteInfo Site { get; }
    public IReadOnlyList<PublicChannel> Channels { get; }
    public IReadOnlyList<PublicHomeBlock> Blocks { get; }

    public IEnumerable<PublicChannel> Roots => _children[null];

    public IEnumerable<PublicChannel> Navigation => Roots.Where(c => c.InNavigation);

    public IEnumerable<PublicChannel> ChildrenOf(Guid channelId) => _children[channelId];

    public PublicChannel? Find(string code) => _byCode.GetValueOrDefault(code);

    public PublicChannel? Find(Guid id) => _byId.GetValueOrDefault(id);

    /// <summary>The channel and all channels below it.</summary>
    public IEnumerable<PublicChannel> SelfAndDescendants(PublicChannel channel)
    {
        yield return channel;
        foreach (var child in ChildrenOf(channel.Id).SelectMany(SelfAndDescendants))
        {
            yield return child;
        }
    }

    /// <summary>From the root down to the channel, for the breadcrumb.</summary>
    public IReadOnlyList<PublicChannel> PathTo(PublicChannel channel)
    {
        var path = new List<PublicChannel>();
        for (var current = channel; current is not null && path.Count < 20; current = current.ParentId is { } p ? Find(p) : null)
        {
            path.Insert(0, current);
        }

        return path;
    }
}

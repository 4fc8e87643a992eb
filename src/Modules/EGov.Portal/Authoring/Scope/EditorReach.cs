using EGov.Portal.Domain.Articles;

namespace EGov.Portal.Authoring.Scope;

/// <summary>One editor grant as the scope rules need it: a whole site (<see cref="ChannelId"/> null) or one channel.</summary>
internal sealed record EditorGrant(Guid SiteId, Guid? ChannelId);

/// <summary>A channel as the scope rules need it.</summary>
internal sealed record ChannelNode(Guid Id, Guid SiteId, Guid? ParentId);

/// <summary>
/// Where an editor may work: the sites granted whole, and the channels granted with all their descendants.
/// Anything else is out of reach (deny by default).
/// </summary>
internal sealed class EditorReach
{
    private EditorReach(IReadOnlySet<Guid> wholeSites, IReadOnlySet<Guid> channels, IReadOnlySet<Guid> sites)
    {
        WholeSites = wholeSites;
        Channels = channels;
        Sites = sites;
    }

    public static EditorReach None { get; } = new(new HashSet<Guid>(), new HashSet<Guid>(), new HashSet<Guid>());

    public IReadOnlySet<Guid> WholeSites { get; }

    /// <summary>Channels reached through channel grants, descendants included (not those of whole sites).</summary>
    public IReadOnlySet<Guid> Channels { get; }

    /// <summary>Every site the editor may work in at all.</summary>
    public IReadOnlySet<Guid> Sites { get; }

    public bool IsEmpty => Sites.Count == 0;

    public static EditorReach From(IEnumerable<EditorGrant> grants, IReadOnlyCollection<ChannelNode> channels)
    {
        var list = grants.ToList();
        var wholeSites = list.Where(g => g.ChannelId is null).Select(g => g.SiteId).ToHashSet();
        var children = channels.ToLookup(c => c.ParentId);
        var reached = new HashSet<Guid>();
        var pending = new Stack<ChannelNode>(channels.Where(c => list.Any(g => g.ChannelId == c.Id && g.SiteId == c.SiteId) && !wholeSites.Contains(c.SiteId)));
        while (pending.TryPop(out var channel))
        {
            if (reached.Add(channel.Id))
            {
                foreach (var child in children[channel.Id].Where(c => c.SiteId == channel.SiteId))
                {
                    pending.Push(child);
                }
            }
        }

        var sites = wholeSites.Concat(channels.Where(c => reached.Contains(c.Id)).Select(c => c.SiteId)).ToHashSet();
        return new EditorReach(wholeSites, reached, sites);
    }

    public bool Covers(Guid siteId, Guid channelId) => WholeSites.Contains(siteId) || Channels.Contains(channelId);

    public bool Covers(Article article) => Covers(article.SiteId, article.ChannelId);

    public IQueryable<Article> Filter(IQueryable<Article> articles)
    {
        var wholeSites = WholeSites.ToList();
        var channels = Channels.ToList();
        return articles.Where(a => wholeSites.Contains(a.SiteId) || channels.Contains(a.ChannelId));
    }
}

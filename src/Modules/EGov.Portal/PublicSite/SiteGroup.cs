namespace EGov.Portal.PublicSite;

/// <summary>All sites of the site group with their trees: a snapshot taken at one <see cref="SiteDirectory"/> version.</summary>
internal sealed class SiteGroup(IReadOnlyList<SiteTree> trees)
{
    private readonly Dictionary<string, SiteTree> _byCode = trees.ToDictionary(t => t.Site.Code, StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<Guid, SiteTree> _byId = trees.ToDictionary(t => t.Site.Id);

    /// <summary>Open sites, the portal first, then by sort order.</summary>
    public IReadOnlyList<SiteTree> Open { get; } = [.. trees.Where(t => t.Site.IsOpen).OrderByDescending(t => t.Site.IsPortal).ThenBy(t => t.Site.SortOrder).ThenBy(t => t.Site.Code, StringComparer.Ordinal)];

    public SiteTree? Portal => Open.FirstOrDefault(t => t.Site.IsPortal);

    public IEnumerable<SiteTree> OpenSubSites => Open.Where(t => !t.Site.IsPortal);

    public IReadOnlyList<Guid> OpenSiteIds => [.. Open.Select(t => t.Site.Id)];

    public SiteTree? FindOpen(string code) => _byCode.TryGetValue(code, out var tree) && tree.Site.IsOpen ? tree : null;

    public SiteTree? FindOpen(Guid id) => _byId.TryGetValue(id, out var tree) && tree.Site.IsOpen ? tree : null;

    public SiteTree? FindOpenByHost(string host)
        => Open.FirstOrDefault(t => t.Site.HostName is { Length: > 0 } h && string.Equals(h, host, StringComparison.OrdinalIgnoreCase));
}

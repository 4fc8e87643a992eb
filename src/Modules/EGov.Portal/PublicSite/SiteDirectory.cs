using EGov.Platform.Data;
using EGov.Portal.Domain.Channels;
using EGov.Portal.Domain.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Portal.PublicSite;

/// <summary>
/// Sites and channel trees in memory. <see cref="PublicPageCache.EvictAsync"/> bumps the version, so any saved change to
/// a site, channel or home block is read again on the next request.
/// </summary>
internal sealed class SiteDirectory(IServiceScopeFactory scopes)
{
    private long _version;
    private (long Version, SiteGroup Group)? _snapshot;

    public void Invalidate() => Interlocked.Increment(ref _version);

    public async Task<SiteGroup> GetAsync(CancellationToken cancellationToken = default)
    {
        var version = Interlocked.Read(ref _version);
        if (_snapshot is { } snapshot && snapshot.Version == version)
        {
            return snapshot.Group;
        }

        var group = await LoadAsync(cancellationToken);
        _snapshot = (version, group);
        return group;
    }

    private async Task<SiteGroup> LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EGovDbContext>();
        var sites = await db.Set<Site>().AsNoTracking()
            .Select(s => new PublicSiteInfo(s.Id, s.Code, s.Name, s.IsPortal, s.HostName, s.Description, s.SortOrder, s.IsOpen))
            .ToListAsync(cancellationToken);
        var channels = await db.Set<Channel>().AsNoTracking()
            .Select(c => new PublicChannel(c.Id, c.SiteId, c.ParentId, c.Code, c.Name, c.Kind, c.LinkUrl, c.Description, c.SortOrder, c.InNavigation))
            .ToListAsync(cancellationToken);
        var blocks = await db.Set<HomeBlock>().AsNoTracking().OrderBy(b => b.SortOrder)
            .Select(b => new { b.SiteId, Block = new PublicHomeBlock(b.ChannelId, b.Title, b.Layout, b.ItemCount) })
            .ToListAsync(cancellationToken);
        var channelsBySite = channels.ToLookup(c => c.SiteId);
        var blocksBySite = blocks.ToLookup(b => b.SiteId, b => b.Block);
        return new SiteGroup([.. sites.Select(s => new SiteTree(s, channelsBySite[s.Id], [.. blocksBySite[s.Id]]))]);
    }
}

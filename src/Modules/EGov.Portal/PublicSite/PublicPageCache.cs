using Microsoft.AspNetCore.OutputCaching;

namespace EGov.Portal.PublicSite;

/// <summary>
/// The cache of anonymous public pages. Every public page is tagged with <see cref="Tag"/>; a publish, withdrawal or
/// take-down empties it once saved, so the next request sees the change. The in-memory sites and channel trees are
/// read again too, so call it after a site, channel or home block change as well.
/// </summary>
internal sealed class PublicPageCache(IOutputCacheStore store, SiteDirectory sites)
{
    public const string Tag = "portal-public";

    public ValueTask EvictAsync(CancellationToken cancellationToken = default)
    {
        sites.Invalidate();
        return store.EvictByTagAsync(Tag, cancellationToken);
    }
}

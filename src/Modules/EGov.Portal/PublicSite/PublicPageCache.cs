using Microsoft.AspNetCore.OutputCaching;

namespace EGov.Portal.PublicSite;

/// <summary>
/// The cache of anonymous public pages. Every public page is tagged with <see cref="Tag"/>; a publish, withdrawal or
/// take-down empties it once saved, so the next request sees the change.
/// </summary>
internal sealed class PublicPageCache(IOutputCacheStore store)
{
    public const string Tag = "portal-public";

    public ValueTask EvictAsync(CancellationToken cancellationToken = default) => store.EvictByTagAsync(Tag, cancellationToken);
}

using EGov.Portal.Sites;
using Microsoft.AspNetCore.Http;

namespace EGov.Portal.PublicSite;

/// <summary>
/// Which site a public request is for: <c>/sites/{code}/…</c> names a sub-site; any other address is the portal's,
/// unless <c>Portal:HostBasedSites</c> is on and the request's host is a site's own host name.
/// Null for an unknown or closed site.
/// </summary>
internal sealed class SiteResolver(SiteDirectory directory, PortalSiteSettings settings)
{
    public async Task<(SiteGroup Group, SiteTree? Site)> ResolveAsync(HttpContext context, string? siteCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var group = await directory.GetAsync(cancellationToken);
        if (!string.IsNullOrEmpty(siteCode))
        {
            return (group, group.FindOpen(siteCode));
        }

        if (settings.HostBasedSites && group.FindOpenByHost(context.Request.Host.Host) is { } byHost)
        {
            return (group, byHost);
        }

        return (group, group.Portal);
    }
}

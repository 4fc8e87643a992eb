using EGov.Platform.Data;
using EGov.Portal.Domain.Channels;
using EGov.Portal.Domain.Sites;
using Microsoft.EntityFrameworkCore;

namespace EGov.Portal.Workflow;

/// <summary>Whether a staff member may edit in a site or channel: a grant on the whole site, or on the channel or one of its ancestors.</summary>
internal sealed class EditorGrants(EGovDbContext db)
{
    public async Task<bool> MayEditAsync(Guid userId, Guid siteId, Guid? channelId, CancellationToken cancellationToken)
    {
        var granted = await db.Set<SiteEditorGrant>().AsNoTracking()
            .Where(g => g.UserId == userId && g.SiteId == siteId)
            .Select(g => g.ChannelId)
            .ToListAsync(cancellationToken);
        if (granted.Count == 0)
        {
            return false;
        }

        if (granted.Contains(null))
        {
            return true;
        }

        if (channelId is null)
        {
            return false;
        }

        var parents = await db.Set<Channel>().AsNoTracking()
            .Where(c => c.SiteId == siteId)
            .ToDictionaryAsync(c => c.Id, c => c.ParentId, cancellationToken);
        // The hop limit guards against a cycle in a damaged tree.
        Guid? current = channelId;
        for (var hops = 0; current is { } id && hops <= parents.Count; hops++, current = parents.GetValueOrDefault(id))
        {
            if (granted.Contains(id))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The sites in which the user holds any grant.</summary>
    public async Task<List<Guid>> SitesOfAsync(Guid userId, CancellationToken cancellationToken)
        => await db.Set<SiteEditorGrant>().AsNoTracking().Where(g => g.UserId == userId).Select(g => g.SiteId).Distinct().ToListAsync(cancellationToken);
}

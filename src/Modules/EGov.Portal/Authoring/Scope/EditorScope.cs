using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Organization.Scope;
using EGov.Portal.Contracts;
using EGov.Portal.Domain.Articles;
using EGov.Portal.Domain.Channels;
using EGov.Portal.Domain.Sites;
using Microsoft.EntityFrameworkCore;

namespace EGov.Portal.Authoring.Scope;

/// <summary>
/// The sites and channels the signed-in editor may work in, from their <see cref="SiteEditorGrant"/> rows and the
/// <c>portal.edit</c> permission; read once per request. Every editor query and command goes through it.
/// </summary>
internal sealed class EditorScope(EGovDbContext db, CurrentEditor editor, IDepartmentScope departments)
{
    private EditorReach? _reach;

    public async Task<EditorReach> ReachAsync(CancellationToken cancellationToken = default)
    {
        if (_reach is not null)
        {
            return _reach;
        }

        if (!editor.User.HasPermission(PortalPermissions.Edit) || editor.Id == Guid.Empty)
        {
            return _reach = EditorReach.None;
        }

        var userId = editor.Id;
        var grants = await db.Set<SiteEditorGrant>().AsNoTracking().Where(g => g.UserId == userId)
            .Select(g => new EditorGrant(g.SiteId, g.ChannelId)).ToListAsync(cancellationToken);
        var siteIds = grants.Select(g => g.SiteId).Distinct().ToList();
        var channels = await db.Set<Channel>().AsNoTracking().Where(c => siteIds.Contains(c.SiteId))
            .Select(c => new ChannelNode(c.Id, c.SiteId, c.ParentId)).ToListAsync(cancellationToken);
        return _reach = EditorReach.From(grants, channels);
    }

    /// <summary>
    /// Articles the user may read on staff pages: those in their editing reach, and those of sites whose 主办单位 is in
    /// their review or confidentiality-review scope (reviewers read what they decide on).
    /// </summary>
    public async Task<IQueryable<Article>> ReadableAsync(CancellationToken cancellationToken = default)
    {
        var reach = await ReachAsync(cancellationToken);
        var review = await departments.ForPermissionAsync(PortalPermissions.Review, cancellationToken);
        var confidentiality = await departments.ForPermissionAsync(PortalPermissions.ConfidentialityReview, cancellationToken);
        var reviewSites = new List<Guid>();
        foreach (var set in new[] { review, confidentiality }.Where(s => !s.IsEmpty))
        {
            reviewSites.AddRange(await db.Set<Site>().AsNoTracking().WhereInScope(set, s => s.DepartmentId).Select(s => s.Id).ToListAsync(cancellationToken));
        }

        var wholeSites = reach.WholeSites.Concat(reviewSites).Distinct().ToList();
        var channels = reach.Channels.ToList();
        return db.Set<Article>().AsNoTracking().Where(a => wholeSites.Contains(a.SiteId) || channels.Contains(a.ChannelId));
    }

    /// <summary>The channels the editor may write in, with their sites, for pickers; link channels hold no articles.</summary>
    public async Task<IReadOnlyList<WritableChannel>> WritableChannelsAsync(CancellationToken cancellationToken = default)
    {
        var reach = await ReachAsync(cancellationToken);
        var sites = reach.Sites.ToList();
        var rows = await (
            from c in db.Set<Channel>().AsNoTracking()
            join s in db.Set<Site>().AsNoTracking() on c.SiteId equals s.Id
            where sites.Contains(c.SiteId) && c.Kind != ChannelKind.Link
            orderby s.SortOrder, s.Name, c.SortOrder, c.Name
            select new WritableChannel(s.Id, s.Name, c.Id, c.Name, c.Kind, c.ParentId))
            .ToListAsync(cancellationToken);
        return rows.Where(r => reach.Covers(r.SiteId, r.ChannelId)).ToList();
    }
}

internal sealed record WritableChannel(Guid SiteId, string SiteName, Guid ChannelId, string ChannelName, [property: System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<ChannelKind>))] ChannelKind Kind, Guid? ParentId);

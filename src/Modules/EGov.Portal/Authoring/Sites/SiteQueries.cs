using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Organization;
using EGov.Platform.Results;
using EGov.Portal.Authoring.Scope;
using EGov.Portal.Domain.Articles;
using EGov.Portal.Domain.Channels;
using EGov.Portal.Domain.Sites;
using Microsoft.EntityFrameworkCore;

namespace EGov.Portal.Authoring.Sites;

internal sealed record SiteLine(
    Guid Id, string Code, string Name, Guid DepartmentId, string DepartmentName, bool IsPortal, string? HostName, string? Description, bool IsOpen, int SortOrder, long Version);

internal sealed record ChannelLine(Guid Id, Guid? ParentId, string Code, string Name, [property: System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<ChannelKind>))] ChannelKind Kind, string? LinkUrl, string? Description, int SortOrder, bool InNavigation, int Depth, int ArticleCount, long Version);

internal sealed record GrantLine(Guid Id, Guid UserId, string UserName, string DisplayName, Guid? ChannelId, string? ChannelName, DateTime GrantedAt);

internal sealed record BlockLine(Guid Id, Guid ChannelId, string ChannelName, string? Title, [property: System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<HomeBlockLayout>))] HomeBlockLayout Layout, int ItemCount, int SortOrder);

/// <summary>What the site management pages and API show, always within the manager's scope.</summary>
internal sealed class SiteQueries(EGovDbContext db, ManagerScope scope, IOrganizationDirectory directory)
{
    public async Task<IReadOnlyList<SiteLine>> SitesAsync(CancellationToken cancellationToken)
    {
        var sites = await (await scope.SitesAsync(cancellationToken)).AsNoTracking().OrderByDescending(s => s.IsPortal).ThenBy(s => s.SortOrder).ThenBy(s => s.Code).ToListAsync(cancellationToken);
        var departments = (await directory.TreeAsync(cancellationToken)).ToDictionary(d => d.Id, d => d.Name);
        return sites.Select(s => Line(s, departments.GetValueOrDefault(s.DepartmentId, ""))).ToList();
    }

    public async Task<Result<SiteLine>> SiteAsync(Guid siteId, CancellationToken cancellationToken)
    {
        var site = await scope.SiteAsync(siteId, cancellationToken);
        if (!site.IsSuccess)
        {
            return site.Error!;
        }

        var department = await directory.FindAsync(site.Value.DepartmentId, cancellationToken);
        return Line(site.Value, department?.Name ?? "");
    }

    public async Task<IReadOnlyList<ChannelLine>> ChannelsAsync(Guid siteId, CancellationToken cancellationToken)
    {
        var channels = await db.Set<Channel>().AsNoTracking().Where(c => c.SiteId == siteId).ToListAsync(cancellationToken);
        var counts = await db.Set<Article>().Where(a => a.SiteId == siteId).GroupBy(a => a.ChannelId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return ChannelTree.Flatten(channels).Select(t => new ChannelLine(
            t.Channel.Id, t.Channel.ParentId, t.Channel.Code, t.Channel.Name, t.Channel.Kind, t.Channel.LinkUrl, t.Channel.Description,
            t.Channel.SortOrder, t.Channel.InNavigation, t.Depth, counts.GetValueOrDefault(t.Channel.Id), t.Channel.Version)).ToList();
    }

    public async Task<IReadOnlyList<GrantLine>> GrantsAsync(Guid siteId, CancellationToken cancellationToken)
        => await (
            from g in db.Set<SiteEditorGrant>().AsNoTracking()
            join u in db.Set<UserAccount>() on g.UserId equals u.Id
            join c in db.Set<Channel>() on g.ChannelId equals (Guid?)c.Id into channel
            from c in channel.DefaultIfEmpty()
            where g.SiteId == siteId
            orderby u.UserName
            select new GrantLine(g.Id, u.Id, u.UserName ?? "", u.DisplayName, g.ChannelId, c == null ? null : c.Name, g.GrantedAt))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<BlockLine>> BlocksAsync(Guid siteId, CancellationToken cancellationToken)
        => await (
            from b in db.Set<HomeBlock>().AsNoTracking()
            join c in db.Set<Channel>() on b.ChannelId equals c.Id
            where b.SiteId == siteId
            orderby b.SortOrder
            select new BlockLine(b.Id, b.ChannelId, c.Name, b.Title, b.Layout, b.ItemCount, b.SortOrder))
            .ToListAsync(cancellationToken);

    private static SiteLine Line(Site s, string departmentName)
        => new(s.Id, s.Code, s.Name, s.DepartmentId, departmentName, s.IsPortal, s.HostName, s.Description, s.IsOpen, s.SortOrder, s.Version);
}

using EGov.Platform.Data;
using EGov.Portal.Domain.Channels;
using EGov.Portal.Domain.Sites;

namespace EGov.Portal.Sites;

/// <summary>Adds a site with a default channel tree and home blocks to the caller's unit of work.</summary>
internal static class SiteProvisioner
{
    public static Site Add(EGovDbContext db, TimeProvider time, string code, string name, Guid departmentId, bool isPortal, int sortOrder = 0)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        var now = time.GetUtcNow();
        var site = new Site
        {
            Id = Guid.CreateVersion7(now),
            Code = code,
            Name = name,
            DepartmentId = departmentId,
            IsPortal = isPortal,
            SortOrder = sortOrder,
            HomeUpdatedAt = now.UtcDateTime,
            Version = 1,
        };
        db.Add(site);
        var byCode = new Dictionary<string, Channel>(StringComparer.Ordinal);
        AddChannels(db, now, site, null, isPortal ? DefaultChannels.Portal : DefaultChannels.SubSite, byCode);
        var order = 0;
        foreach (var (channelCode, layout, items) in isPortal ? DefaultChannels.PortalBlocks : DefaultChannels.SubSiteBlocks)
        {
            order += 10;
            db.Add(new HomeBlock { Id = Guid.CreateVersion7(now), SiteId = site.Id, ChannelId = byCode[channelCode].Id, Layout = layout, ItemCount = items, SortOrder = order });
        }

        return site;
    }

    private static void AddChannels(EGovDbContext db, DateTimeOffset now, Site site, Guid? parentId, IReadOnlyList<ChannelTemplate> templates, Dictionary<string, Channel> byCode)
    {
        var order = 0;
        foreach (var template in templates)
        {
            order += 10;
            var channel = new Channel
            {
                Id = Guid.CreateVersion7(now),
                SiteId = site.Id,
                ParentId = parentId,
                Code = template.Code,
                Name = template.Name,
                Kind = template.Kind,
                LinkUrl = template.LinkUrl,
                SortOrder = order,
                InNavigation = parentId is null,
                Version = 1,
            };
            db.Add(channel);
            byCode[template.Code] = channel;
            AddChannels(db, now, site, channel.Id, template.Children, byCode);
        }
    }
}

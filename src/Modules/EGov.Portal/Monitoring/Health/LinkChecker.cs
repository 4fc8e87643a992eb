using EGov.Platform.Attachments;
using EGov.Platform.Data;
using EGov.Portal.Domain.Articles;
using EGov.Portal.Domain.Channels;
using EGov.Portal.Domain.Sites;
using Microsoft.EntityFrameworkCore;

namespace EGov.Portal.Monitoring.Health;

/// <summary>
/// Checks the site-relative links of a site's articles in a few set-based queries (all linked articles at once, all
/// sites, the channels of the linked sites); attachment links ask the attachment store once per distinct file.
/// </summary>
internal sealed class LinkChecker(EGovDbContext db, IAttachmentStore attachments)
{
    public async Task<List<(ArticleLink Link, string Reason)>> BrokenAsync(IReadOnlyList<ArticleLink> links, CancellationToken cancellationToken)
    {
        var sites = await db.Set<Site>().Select(s => new { s.Id, s.Code, s.IsPortal }).ToListAsync(cancellationToken);
        var siteIds = new Dictionary<string, Guid>(StringComparer.OrdinalIgnoreCase);
        foreach (var site in sites)
        {
            siteIds[site.Code] = site.Id;
        }

        var portalId = sites.FirstOrDefault(s => s.IsPortal)?.Id;
        Guid? SiteOf(LinkTarget target) => target.SiteCode is null ? portalId : siteIds.TryGetValue(target.SiteCode, out var id) ? id : null;

        var articleIds = links.Where(l => l.Target.Kind == LinkKind.Article).Select(l => l.Target.Id).Distinct().ToList();
        var articles = await db.Set<Article>().Where(a => articleIds.Contains(a.Id))
            .Select(a => new { a.Id, a.SiteId, a.Status }).ToDictionaryAsync(a => a.Id, cancellationToken);

        var channelSites = links.Where(l => l.Target.Kind == LinkKind.Channel).Select(l => SiteOf(l.Target)).OfType<Guid>().Distinct().ToList();
        var channels = (await db.Set<Channel>().Where(c => channelSites.Contains(c.SiteId)).Select(c => new { c.SiteId, c.Code }).ToListAsync(cancellationToken))
            .Select(c => (c.SiteId, c.Code.ToLowerInvariant())).ToHashSet();

        var missingFiles = new HashSet<Guid>();
        foreach (var id in links.Where(l => l.Target.Kind == LinkKind.Attachment).Select(l => l.Target.Id).Distinct())
        {
            if (await attachments.FindAsync(id, cancellationToken) is null)
            {
                missingFiles.Add(id);
            }
        }

        var broken = new List<(ArticleLink, string)>();
        foreach (var link in links)
        {
            var target = link.Target;
            var site = SiteOf(target);
            string? reason = target.Kind switch
            {
                LinkKind.Site when site is null => "站点不存在",
                LinkKind.Article when site is null => "站点不存在",
                LinkKind.Article when !articles.TryGetValue(target.Id, out var a) || a.SiteId != site => "稿件不存在",
                LinkKind.Article when articles[target.Id].Status != ArticleStatus.Published => "稿件未发布或已撤下",
                LinkKind.Channel when site is null || !channels.Contains((site.Value, target.ChannelCode!.ToLowerInvariant())) => "栏目不存在",
                LinkKind.Attachment when missingFiles.Contains(target.Id) => "附件不存在",
                _ => null,
            };
            if (reason is not null)
            {
                broken.Add((link, reason));
            }
        }

        return broken;
    }
}

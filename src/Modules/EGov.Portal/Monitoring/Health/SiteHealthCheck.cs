using EGov.Platform.Data;
using EGov.Platform.Time;
using EGov.Portal.Contracts.Health;
using EGov.Portal.Domain.Articles;
using EGov.Portal.Domain.Channels;
using EGov.Portal.Monitoring.Sites;
using EGov.Portal.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EGov.Portal.Monitoring.Health;

/// <summary>
/// Checks one site. Set-based: one grouped query per source of updates, one pass over the published bodies, a few
/// look-ups for the links found; never a query per article. Other modules' indicators (<see cref="IHealthIndicatorSource"/>)
/// follow the portal's own and count towards the verdict alike.
/// </summary>
internal sealed class SiteHealthCheck(
    EGovDbContext db, LinkChecker links, AttachmentChecker attachments, IEnumerable<IHealthIndicatorSource> sources, IOptions<PortalHealthOptions> options, TimeProvider time)
{
    public async Task<SiteHealthReport> CheckAsync(MonitoredSite site, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var today = ChinaTime.DateOf(now);
        var settings = options.Value;

        var channels = await ChannelsAsync(site.Id, cancellationToken);
        var verdicts = ChannelRules.Judge(channels, today, settings);
        var lastItem = channels.Max(c => c.LastPublishedAt);
        var lastHome = new[] { site.HomeUpdatedAt, lastItem }.Max();
        var home = VetoRules.Home(lastHome, today, settings);

        var (broken, external) = await LinksAsync(site, cancellationToken);
        var missing = (await attachments.MissingAsync(site.Id, cancellationToken))
            .Select(m => new AttachmentFinding(m.ArticleId, m.ArticleTitle, Url(site, m.ArticleId), m.AttachmentId, m.Title, m.Reason))
            .ToList();

        var indicators = VetoRules.Indicators(home, verdicts, settings).ToList();
        var others = new List<HealthFinding>();
        var target = new HealthSite(site.Code, site.Name, site.IsPortal, site.DepartmentId);
        foreach (var source in sources)
        {
            var contribution = await source.CheckAsync(target, today, cancellationToken);
            indicators.AddRange(contribution.Indicators.Select(i => new VetoIndicator(i.Code, i.Name, i.Rule, i.Figure, i.Threshold, i.Unit, i.Crossed)));
            others.AddRange(contribution.Findings);
        }

        return new SiteHealthReport(site.Code, site.Name, now, home, indicators,
            verdicts.Stale, verdicts.LongStale, verdicts.Blank, broken, external, missing, others);
    }

    private async Task<List<ChannelFacts>> ChannelsAsync(Guid siteId, CancellationToken cancellationToken)
    {
        var own = await db.Set<Article>()
            .Where(a => a.SiteId == siteId && a.Status == ArticleStatus.Published)
            .GroupBy(a => a.ChannelId)
            .Select(g => new { ChannelId = g.Key, Last = g.Max(a => a.PublishedAt) })
            .ToDictionaryAsync(x => x.ChannelId, x => x.Last, cancellationToken);

        // Articles of other sites accepted into this site's channels (推送/引用) are shown there too.
        var referenced = await (
            from r in db.Set<ArticleReference>()
            join a in db.Set<Article>() on r.ArticleId equals a.Id
            where r.TargetSiteId == siteId && r.Status == ReferenceStatus.Accepted && a.Status == ArticleStatus.Published
            group a by r.TargetChannelId into g
            select new { ChannelId = g.Key, Last = g.Max(a => a.PublishedAt) })
            .ToDictionaryAsync(x => x.ChannelId, x => x.Last, cancellationToken);

        var channels = await db.Set<Channel>().Where(c => c.SiteId == siteId)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Code)
            .Select(c => new { c.Id, c.ParentId, c.Code, c.Name, c.Kind })
            .ToListAsync(cancellationToken);
        return channels
            .Select(c => new ChannelFacts(c.Id, c.ParentId, c.Code, c.Name, c.Kind,
                new[] { own.GetValueOrDefault(c.Id), referenced.GetValueOrDefault(c.Id) }.Max()))
            .ToList();
    }

    private async Task<(List<LinkFinding> Broken, List<LinkFinding> External)> LinksAsync(MonitoredSite site, CancellationToken cancellationToken)
    {
        var found = new List<ArticleLink>();
        var bodies = db.Set<Article>().AsNoTracking()
            .Where(a => a.SiteId == site.Id && a.Status == ArticleStatus.Published)
            .OrderByDescending(a => a.PublishedAt)
            .Select(a => new { a.Id, a.Title, a.BodyHtml })
            .AsAsyncEnumerable();
        await foreach (var article in bodies.WithCancellation(cancellationToken))
        {
            found.AddRange(BodyLinks.Extract(article.BodyHtml)
                .Select(link => new ArticleLink(article.Id, article.Title, link, BodyLinks.Classify(link)))
                .Where(l => l.Target.Kind != LinkKind.Ignored && l.Target.Kind != LinkKind.OtherInternal));
        }

        var external = found.Where(l => l.Target.Kind == LinkKind.External)
            .Select(l => Finding(site, l, "外部链接，未检查")).ToList();
        var broken = (await links.BrokenAsync(found.Where(l => l.Target.Kind != LinkKind.External).ToList(), cancellationToken))
            .Select(b => Finding(site, b.Link, b.Reason)).ToList();
        return (broken, external);
    }

    private static LinkFinding Finding(MonitoredSite site, ArticleLink link, string reason)
        => new(link.ArticleId, link.ArticleTitle, Url(site, link.ArticleId), link.Link, reason);

    private static string Url(MonitoredSite site, Guid articleId) => PortalUrls.Article(site.Code, site.IsPortal, articleId);
}

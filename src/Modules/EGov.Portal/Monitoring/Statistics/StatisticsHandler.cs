using EGov.Platform.Data;
using EGov.Platform.Results;
using EGov.Platform.Time;
using EGov.Portal.Domain.Articles;
using EGov.Portal.Domain.Channels;
using EGov.Portal.Domain.Statistics;
using EGov.Portal.Monitoring.Sites;
using EGov.Portal.Sites;
using Microsoft.EntityFrameworkCore;

namespace EGov.Portal.Monitoring.Statistics;

/// <summary>访问统计 of one site in scope: daily views, the most read articles and channels. Used by the page and the API.</summary>
internal sealed class StatisticsHandler(EGovDbContext db, MonitoredSites sites, TimeProvider time)
{
    public const int DefaultDays = 30;
    public const int MaxDays = 366;
    public const int TopCount = 20;

    public async Task<Result<SiteStatistics>> QueryAsync(string? siteCode, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var end = to ?? ChinaTime.Today(time);
        var start = from ?? end.AddDays(1 - DefaultDays);
        if (start > end)
        {
            return MonitoringErrors.DateRangeReversed;
        }

        if (end.DayNumber - start.DayNumber + 1 > MaxDays)
        {
            return MonitoringErrors.DateRangeTooLong(MaxDays);
        }

        var found = await sites.FindAsync(siteCode, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var site = found.Value;
        var views = db.Set<PageViewDay>().Where(v => v.SiteId == site.Id && v.Date >= start && v.Date <= end);
        var perDay = await views.GroupBy(v => v.Date).Select(g => new { Date = g.Key, Count = g.Sum(v => v.Count) })
            .ToDictionaryAsync(x => x.Date, x => x.Count, cancellationToken);
        var daily = Enumerable.Range(0, end.DayNumber - start.DayNumber + 1)
            .Select(i => start.AddDays(i)).Select(d => new DailyViews(d, perDay.GetValueOrDefault(d))).ToList();

        var topArticles = await views.Where(v => v.ArticleId != Guid.Empty)
            .GroupBy(v => v.ArticleId).Select(g => new { ArticleId = g.Key, Count = g.Sum(v => v.Count) })
            .OrderByDescending(x => x.Count).Take(TopCount).ToListAsync(cancellationToken);
        var articleIds = topArticles.Select(a => a.ArticleId).ToList();
        var titles = await (
            from a in db.Set<Article>()
            join c in db.Set<Channel>() on a.ChannelId equals c.Id
            where articleIds.Contains(a.Id)
            select new { a.Id, a.Title, Channel = c.Name }).ToDictionaryAsync(a => a.Id, cancellationToken);

        var perChannel = await views.GroupBy(v => v.ChannelId).Select(g => new
        {
            ChannelId = g.Key,
            List = g.Sum(v => v.ArticleId == Guid.Empty ? v.Count : 0),
            Total = g.Sum(v => v.Count),
        }).OrderByDescending(x => x.Total).Take(TopCount).ToListAsync(cancellationToken);
        var channelIds = perChannel.Select(c => c.ChannelId).ToList();
        var channels = await db.Set<Channel>().Where(c => channelIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Code, c.Name }).ToDictionaryAsync(c => c.Id, cancellationToken);

        return new SiteStatistics(site.Code, site.Name, start, end, daily.Sum(d => d.Count), daily,
            topArticles.Select(a => titles.TryGetValue(a.ArticleId, out var t)
                ? new ArticleViews(a.ArticleId, t.Title, t.Channel, PortalUrls.Article(site.Code, site.IsPortal, a.ArticleId), a.Count)
                : new ArticleViews(a.ArticleId, "（稿件已删除）", "", "", a.Count)).ToList(),
            perChannel.Where(c => channels.ContainsKey(c.ChannelId)).Select(c =>
            {
                var channel = channels[c.ChannelId];
                return new ChannelViews(channel.Code, channel.Name, PortalUrls.Channel(site.Code, site.IsPortal, channel.Code), c.List, c.Total - c.List, c.Total);
            }).ToList());
    }
}

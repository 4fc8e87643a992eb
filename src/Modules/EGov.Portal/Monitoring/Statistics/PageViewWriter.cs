using System.Data.Common;
using EGov.Platform.Data;
using EGov.Portal.Domain.Articles;
using EGov.Portal.Domain.Channels;
using EGov.Portal.Domain.Sites;
using EGov.Portal.Domain.Statistics;
using Microsoft.EntityFrameworkCore;

namespace EGov.Portal.Monitoring.Statistics;

/// <summary>
/// Adds counted views to <see cref="PageViewDay"/> rows: resolves articles and channels in batches, then in one
/// transaction updates each day's row and inserts the ones that do not exist yet. If another node inserted the same
/// row first (unique key) or the databases detects a deadlock, the whole transaction is rolled back and tried again,
/// so no count is lost or doubled.
/// </summary>
internal sealed class PageViewWriter(EGovDbContext db)
{
    private const int Attempts = 5;
    private const int Batch = 500;

    public async Task WriteAsync(IReadOnlyList<KeyValuePair<PageViewKey, long>> views, CancellationToken cancellationToken)
    {
        var rows = await ResolveAsync(views, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await UpsertAsync(rows, cancellationToken);
                return;
            }
            catch (Exception ex) when (attempt < Attempts && ex is DbUpdateException or DbException)
            {
                db.ChangeTracker.Clear();
                await Task.Delay(TimeSpan.FromMilliseconds(20 * attempt), cancellationToken);
            }
        }
    }

    private async Task UpsertAsync(IReadOnlyList<PageViewDay> rows, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var row in rows)
        {
            var updated = await db.Set<PageViewDay>()
                .Where(v => v.ChannelId == row.ChannelId && v.ArticleId == row.ArticleId && v.Date == row.Date)
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.Count, v => v.Count + row.Count), cancellationToken);
            if (updated == 0)
            {
                db.Add(new PageViewDay { SiteId = row.SiteId, ChannelId = row.ChannelId, ArticleId = row.ArticleId, Date = row.Date, Count = row.Count });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private async Task<List<PageViewDay>> ResolveAsync(IReadOnlyList<KeyValuePair<PageViewKey, long>> views, CancellationToken cancellationToken)
    {
        var articles = new Dictionary<Guid, (Guid SiteId, Guid ChannelId)>();
        foreach (var chunk in views.Where(v => v.Key.IsArticle).Select(v => v.Key.ArticleId).Distinct().Chunk(Batch))
        {
            var ids = chunk.ToList();
            foreach (var a in await db.Set<Article>().Where(a => ids.Contains(a.Id)).Select(a => new { a.Id, a.SiteId, a.ChannelId }).ToListAsync(cancellationToken))
            {
                articles[a.Id] = (a.SiteId, a.ChannelId);
            }
        }

        var channels = await ChannelsAsync(views, cancellationToken);
        var rows = new Dictionary<(Guid ChannelId, Guid ArticleId, DateOnly Date), PageViewDay>();
        foreach (var (key, count) in views)
        {
            (Guid SiteId, Guid ChannelId) owner;
            if (key.IsArticle ? !articles.TryGetValue(key.ArticleId, out owner) : !channels.TryGetValue((key.SiteCode ?? "", key.ChannelCode!), out owner))
            {
                continue; // deleted since the view
            }

            var id = (owner.ChannelId, key.ArticleId, key.Date);
            if (rows.TryGetValue(id, out var row))
            {
                row.Count += count;
            }
            else
            {
                rows[id] = new PageViewDay { SiteId = owner.SiteId, ChannelId = owner.ChannelId, ArticleId = key.ArticleId, Date = key.Date, Count = count };
            }
        }

        // One order on every node, so concurrent flushes lock rows in the same order.
        return rows.Values.OrderBy(r => r.Date).ThenBy(r => r.ChannelId).ThenBy(r => r.ArticleId).ToList();
    }

    /// <summary>Channel ids by (site code, channel code); the portal's site code is empty.</summary>
    private async Task<Dictionary<(string Site, string Channel), (Guid SiteId, Guid ChannelId)>> ChannelsAsync(
        IReadOnlyList<KeyValuePair<PageViewKey, long>> views, CancellationToken cancellationToken)
    {
        var comparer = new CodePairComparer();
        var result = new Dictionary<(string, string), (Guid, Guid)>(comparer);
        if (!views.Any(v => !v.Key.IsArticle))
        {
            return result;
        }

        var sites = await db.Set<Site>().Select(s => new { s.Id, s.Code, s.IsPortal }).ToListAsync(cancellationToken);
        var wanted = views.Where(v => !v.Key.IsArticle).Select(v => v.Key.SiteCode ?? "").ToHashSet(StringComparer.OrdinalIgnoreCase);
        var siteIds = sites.Where(s => wanted.Contains(s.IsPortal ? "" : s.Code)).ToDictionary(s => s.Id, s => s.IsPortal ? "" : s.Code);
        var ids = siteIds.Keys.ToList();
        foreach (var c in await db.Set<Channel>().Where(c => ids.Contains(c.SiteId)).Select(c => new { c.Id, c.SiteId, c.Code }).ToListAsync(cancellationToken))
        {
            result[(siteIds[c.SiteId], c.Code)] = (c.SiteId, c.Id);
        }

        return result;
    }

    private sealed class CodePairComparer : IEqualityComparer<(string Site, string Channel)>
    {
        public bool Equals((string Site, string Channel) x, (string Site, string Channel) y)
            => string.Equals(x.Site, y.Site, StringComparison.OrdinalIgnoreCase) && string.Equals(x.Channel, y.Channel, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((string Site, string Channel) obj)
            => HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Site), StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Channel));
    }
}

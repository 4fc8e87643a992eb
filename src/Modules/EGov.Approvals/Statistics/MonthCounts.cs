using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Ratings;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Statistics;

/// <summary>Received, concluded and rated per month of the period, grouped in the database.</summary>
internal static class MonthCounts
{
    public static async Task<IReadOnlyList<MonthFigures>> ListAsync(IQueryable<Application> applications, IQueryable<Rating> ratings, StatisticsPeriod period, CancellationToken cancellationToken)
    {
        var (from, to) = (period.From, period.To);
        var received = await applications.Where(a => a.MaterialsReceivedOn >= from && a.MaterialsReceivedOn <= to)
            .GroupBy(a => new { a.MaterialsReceivedOn.Year, a.MaterialsReceivedOn.Month, a.Channel })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.Channel, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var concluded = await applications.Where(a => a.State == ApplicationState.Concluded && a.ConcludedOn >= from && a.ConcludedOn <= to)
            .GroupBy(a => new { a.ConcludedOn!.Value.Year, a.ConcludedOn!.Value.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var rated = await ratings.GroupBy(MonthBuckets.Index<Rating>(r => r.RatedAt, period))
            .Select(g => new { Index = g.Key, Count = g.Count(), Bad = g.Count(r => r.Overall <= 2) })
            .ToDictionaryAsync(x => x.Index, cancellationToken);
        return [.. period.Months().Select((m, i) => new MonthFigures(
            m.Year,
            m.Month,
            received.Where(x => x.Year == m.Year && x.Month == m.Month && x.Channel == ApplicationChannel.Online).Sum(x => x.Count),
            received.Where(x => x.Year == m.Year && x.Month == m.Month && x.Channel == ApplicationChannel.Window).Sum(x => x.Count),
            concluded.Where(x => x.Year == m.Year && x.Month == m.Month).Sum(x => x.Count),
            rated.TryGetValue(i, out var r) ? r.Count : 0,
            r?.Bad ?? 0))];
    }
}

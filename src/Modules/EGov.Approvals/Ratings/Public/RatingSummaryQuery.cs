using EGov.Approvals.Domain.Items;
using EGov.Approvals.Statistics;
using EGov.Platform.Data;
using EGov.Platform.Organization;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Ratings.Public;

/// <summary>The public figures of <c>/services/ratings</c>: every department and item, ratings excluded by 申诉复核 left out.</summary>
internal sealed class RatingSummaryQuery(EGovDbContext db, RatingCounts counts, IOrganizationDirectory directory, TimeProvider time)
{
    public async Task<Result<RatingSummary>> QueryAsync(DateOnly? from, DateOnly? to, CancellationToken cancellationToken = default)
    {
        var period = StatisticsPeriod.Of(from, to, time);
        if (!period.IsSuccess)
        {
            return period.Error!;
        }

        var perItem = await counts.PerItemAsync(counts.Counted(period.Value), cancellationToken);
        var itemIds = perItem.Keys.Select(k => k.Item).Distinct().ToList();
        var items = await db.Set<ServiceItem>().Where(i => itemIds.Contains(i.Id)).Select(i => new { i.Id, i.Name })
            .ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);
        var names = (await directory.TreeAsync(cancellationToken)).ToDictionary(d => d.Id, d => d.Name);
        var byDepartment = perItem.GroupBy(x => x.Key.Department)
            .Select(g => new RatedDepartment(g.Key, names.GetValueOrDefault(g.Key, ""), RatingFigures.Sum(g.Select(x => x.Value))))
            .OrderByDescending(d => d.Figures.Count).ThenBy(d => d.Name, StringComparer.Ordinal).ToList();
        var byItem = perItem
            .Select(x => new RatedItem(x.Key.Item, items.GetValueOrDefault(x.Key.Item, "（已删除的事项）"), names.GetValueOrDefault(x.Key.Department, ""), x.Value))
            .OrderByDescending(i => i.Figures.Count).ThenBy(i => i.Name, StringComparer.Ordinal).ToList();
        return new RatingSummary(period.Value.From, period.Value.To, RatingFigures.Sum(perItem.Values), byDepartment, byItem);
    }
}

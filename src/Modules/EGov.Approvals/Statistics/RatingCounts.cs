using EGov.Approvals.Domain.Ratings;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Statistics;

/// <summary>Rating figures per department and item of the ratings given in a period, grouped in the database.</summary>
internal sealed class RatingCounts(EGovDbContext db)
{
    public IQueryable<Rating> Counted(StatisticsPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var (from, to) = (period.FromUtc, period.ToUtcExclusive);
        return db.Set<Rating>().Where(r => !r.Excluded && r.RatedAt >= from && r.RatedAt < to);
    }

    public async Task<Dictionary<(Guid Department, Guid Item), RatingFigures>> PerItemAsync(IQueryable<Rating> ratings, CancellationToken cancellationToken)
    {
        var counts = await ratings
            .GroupBy(r => new { r.DepartmentId, r.ItemId })
            .Select(g => new { g.Key.DepartmentId, g.Key.ItemId, Count = g.Count(), Stars = g.Sum(r => r.Overall), Satisfied = g.Count(r => r.Overall >= 4), Bad = g.Count(r => r.Overall <= 2) })
            .ToListAsync(cancellationToken);
        var rectified = await (
                from r in ratings
                join x in db.Set<Rectification>() on r.Id equals x.RatingId
                join c in db.Set<StatutoryClock>() on x.ClockId equals c.Id into clocks
                from c in clocks.DefaultIfEmpty()
                where x.RectifiedOn != null
                select new { r.DepartmentId, r.ItemId, OnTime = c != null && x.RectifiedOn <= c.DueDate })
            .GroupBy(x => new { x.DepartmentId, x.ItemId })
            .Select(g => new { g.Key.DepartmentId, g.Key.ItemId, Rectified = g.Count(), OnTime = g.Count(x => x.OnTime) })
            .ToDictionaryAsync(x => (x.DepartmentId, x.ItemId), cancellationToken);
        return counts.ToDictionary(
            x => (x.DepartmentId, x.ItemId),
            x => rectified.TryGetValue((x.DepartmentId, x.ItemId), out var r)
                ? new RatingFigures(x.Count, x.Stars, x.Satisfied, x.Bad, r.Rectified, r.OnTime)
                : new RatingFigures(x.Count, x.Stars, x.Satisfied, x.Bad, 0, 0));
    }
}

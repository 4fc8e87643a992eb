using EGov.Approvals.Contracts;
using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Ratings;
using EGov.Oversight.Contracts;
using EGov.Platform.Data;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Oversight;

/// <summary>
/// 好差评 for oversight's statistics: 4–5 stars (满意、非常满意) are 好评, 1–2 stars (不满意、非常不满意) 差评 as
/// <see cref="Rating.IsBad"/>, 3 stars (基本满意) neither; ratings excluded by 申诉复核 are left out. The 事项 is the
/// application's item name, as on its clocks.
/// </summary>
internal sealed class ApprovalsRatingSource(EGovDbContext db) : IRatingSource
{
    public string Module => ApprovalsClocks.Module;

    public async Task<IReadOnlyList<RatingFigure>> CountAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var (fromUtc, toUtc) = (ChinaTime.StartOfDay(from), ChinaTime.StartOfDay(to.AddDays(1)));
        var months = ChinaMonths.Between(from, to);
        var rows = await (
                from r in db.Set<Rating>()
                join a in db.Set<Application>() on r.ApplicationId equals a.Id
                where !r.Excluded && r.RatedAt >= fromUtc && r.RatedAt < toUtc
                select new RatedRow { DepartmentId = r.DepartmentId, Item = a.ItemName, RatedAt = r.RatedAt, Overall = r.Overall })
            .GroupBy(ChinaMonths.Key<RatedRow, string?>(r => r.DepartmentId, r => r.Item, r => r.RatedAt, from, to))
            .Select(g => new { g.Key.DepartmentId, g.Key.Item, g.Key.Month, Total = g.Count(), Good = g.Count(r => r.Overall >= 4), Bad = g.Count(r => r.Overall <= 2) })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new RatingFigure(r.DepartmentId!.Value, r.Item, months[r.Month].Year, months[r.Month].Month, r.Total, r.Good, r.Bad))];
    }

    private sealed class RatedRow
    {
        public Guid? DepartmentId { get; init; }
        public string? Item { get; init; }
        public DateTime RatedAt { get; init; }
        public int Overall { get; init; }
    }
}

using EGov.Oversight.Contracts;
using EGov.Oversight.Domain;
using EGov.Platform.Data;
using EGov.Platform.Organization.Scope;
using Microsoft.EntityFrameworkCore;

namespace EGov.Oversight.Statistics;

/// <summary>Cards raised in the period, grouped in the database by department, 事项 and month in China.</summary>
internal sealed class CardCounts(EGovDbContext db)
{
    public async Task<List<FigureCell>> CellsAsync(StatisticsFilter filter, CancellationToken cancellationToken)
    {
        var p = filter.Period;
        var rows = await Raised(filter)
            .GroupBy(ChinaMonths.Key<Card, string?>(c => c.DepartmentId, c => c.Item, c => c.RaisedAt, p.From, p.LastDay))
            .Select(g => new
            {
                g.Key.DepartmentId,
                g.Key.Item,
                g.Key.Month,
                Yellow = g.Count(c => !c.IsAnomaly && c.Level == CardLevel.Yellow),
                Red = g.Count(c => !c.IsAnomaly && c.Level == CardLevel.Red),
                Anomalies = g.Count(c => c.IsAnomaly),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new FigureCell(r.DepartmentId, r.Item, r.Month, OversightFigures.None with { Yellow = r.Yellow, Red = r.Red, Anomalies = r.Anomalies }))];
    }

    /// <summary>The cards raised in the period, in scope and module.</summary>
    public IQueryable<Card> Raised(StatisticsFilter filter)
    {
        var (fromUtc, toUtc) = (filter.Period.FromUtc, filter.Period.ToUtcExclusive);
        var cards = db.Set<Card>().AsNoTracking().Where(c => c.RaisedAt >= fromUtc && c.RaisedAt < toUtc).WhereInScope(filter.Departments, c => c.DepartmentId);
        return filter.Module is { } module ? cards.Where(c => c.Module == module) : cards;
    }
}

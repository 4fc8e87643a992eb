using EGov.Oversight.Contracts;

namespace EGov.Oversight.Statistics;

/// <summary>Ratings from every module's <see cref="IRatingSource"/> (each grouped in its database query), kept to the filter.</summary>
internal sealed class RatingCounts(IEnumerable<IRatingSource> sources)
{
    public async Task<List<FigureCell>> CellsAsync(StatisticsFilter filter, CancellationToken cancellationToken)
    {
        var p = filter.Period;
        var months = p.Months.ToList();
        var cells = new List<FigureCell>();
        foreach (var source in sources.Where(s => filter.Module is null || s.Module == filter.Module))
        {
            var figures = await source.CountAsync(p.From, p.LastDay, cancellationToken);
            cells.AddRange(figures
                .Where(f => filter.Departments.Contains(f.DepartmentId))
                .Select(f => new FigureCell(
                    f.DepartmentId, f.Item, months.IndexOf(new DateOnly(f.Year, f.Month, 1)),
                    OversightFigures.None with { Ratings = f.Total, GoodRatings = f.Good, BadRatings = f.Bad }))
                .Where(c => c.Month >= 0));
        }

        return cells;
    }
}

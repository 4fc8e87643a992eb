using System.Linq.Expressions;
using EGov.Oversight.Contracts;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using EGov.Platform.Organization.Scope;
using Microsoft.EntityFrameworkCore;

namespace EGov.Oversight.Statistics;

/// <summary>
/// Case figures from the platform's clocks, grouped in the database. Only the one clock per case that counts it
/// (<see cref="ClockType.CountsCase"/>) is read, so a case with a promised and a statutory clock counts once.
/// </summary>
internal sealed class ClockCounts(EGovDbContext db, ClockTypes types)
{
    public async Task<List<FigureCell>> CellsAsync(StatisticsFilter filter, CancellationToken cancellationToken)
    {
        var p = filter.Period;
        var (last, fromUtc, toUtc) = (p.LastDay, p.FromUtc, p.ToUtcExclusive);
        var clocks = Counted(filter);
        var started = await clocks.Where(c => c.StartDate >= p.From && c.StartDate <= last)
            .GroupBy(c => new { c.DepartmentId, c.Item, c.StartDate.Year, c.StartDate.Month })
            .Select(g => new { g.Key.DepartmentId, g.Key.Item, g.Key.Year, g.Key.Month, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var stopped = await clocks.Where(c => c.StoppedAt != null && c.StoppedAt >= fromUtc && c.StoppedAt < toUtc)
            .GroupBy(ChinaMonths.Key<StatutoryClock, string?>(c => c.DepartmentId, c => c.Item, c => c.StoppedAt!.Value, p.From, last))
            .Select(g => new
            {
                g.Key.DepartmentId,
                g.Key.Item,
                g.Key.Month,
                OnTime = g.Count(c => c.WarningLevel != WarningLevel.Overdue),
                Overdue = g.Count(c => c.WarningLevel == WarningLevel.Overdue),
            })
            .ToListAsync(cancellationToken);
        var months = p.Months.ToList();
        return
        [
            .. started.Select(s => new FigureCell(s.DepartmentId, s.Item, months.IndexOf(new DateOnly(s.Year, s.Month, 1)), OversightFigures.None with { Cases = s.Count })),
            .. stopped.Select(s => new FigureCell(s.DepartmentId, s.Item, s.Month, OversightFigures.None with { OnTime = s.OnTime, OverdueConcluded = s.Overdue })),
        ];
    }

    /// <summary>
    /// Clocks running past their due instant at <paramref name="at"/>, per department and 事项: not stopped by then, and
    /// for a clock paused now, only if it was overdue when it paused (its level is frozen at the pause).
    /// </summary>
    public async Task<Dictionary<(Guid? DepartmentId, string? Item), int>> RunningOverdueAsync(StatisticsFilter filter, DateTime at, CancellationToken cancellationToken)
    {
        var rows = await Counted(filter)
            .Where(c => c.DueAt < at && (c.StoppedAt == null || c.StoppedAt >= at) && (c.State != ClockState.Paused || c.WarningLevel == WarningLevel.Overdue))
            .GroupBy(c => new { c.DepartmentId, c.Item })
            .Select(g => new { g.Key.DepartmentId, g.Key.Item, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => (r.DepartmentId, r.Item), r => r.Count);
    }

    private IQueryable<StatutoryClock> Counted(StatisticsFilter filter)
    {
        var clocks = db.Set<StatutoryClock>().AsNoTracking().Where(CountsCase()).WhereInScope(filter.Departments, c => c.DepartmentId);
        return filter.Module is { } module ? clocks.Where(c => c.Module == module) : clocks;
    }

    /// <summary><c>(Module = m1 AND CaseType = t1) OR …</c> over the registered case-counting types.</summary>
    private Expression<Func<StatutoryClock, bool>> CountsCase()
    {
        var clock = Expression.Parameter(typeof(StatutoryClock), "c");
        Expression body = Expression.Constant(false);
        foreach (var type in types.All.Where(t => t.CountsCase))
        {
            var module = Expression.Equal(Expression.Property(clock, nameof(StatutoryClock.Module)), Expression.Constant(type.Module));
            var caseType = Expression.Equal(Expression.Property(clock, nameof(StatutoryClock.CaseType)), Expression.Constant(type.CaseType));
            body = Expression.OrElse(body, Expression.AndAlso(module, caseType));
        }

        return Expression.Lambda<Func<StatutoryClock, bool>>(body, clock);
    }
}

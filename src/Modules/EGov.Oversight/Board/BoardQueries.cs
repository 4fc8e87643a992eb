using EGov.Oversight.Domain;
using EGov.Oversight.Rules;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using EGov.Platform.Organization.Scope;
using Microsoft.EntityFrameworkCore;

namespace EGov.Oversight.Board;

/// <summary>
/// The live board, set-based: the counts come from one GROUP BY over the stored warning levels (served by the
/// covering index on State, Module, CaseType, DepartmentId, WarningLevel: about 1,600 groups for a district) and are
/// mapped to board levels per group, never per row; the few clocks with an open red card are moved to red afterwards.
/// </summary>
internal sealed partial class BoardQueries(EGovDbContext db, ClockTypes types, RuleBook ruleBook, ClockService clocks, BoardNames names, TimeProvider time)
{
    public async Task<BoardSummary> SummaryAsync(BoardFilter filter, DepartmentSet scope, CancellationToken cancellationToken = default)
    {
        var rules = await ruleBook.LoadAsync(cancellationToken);
        await names.TreeAsync(cancellationToken);
        var open = Open(filter, scope);
        var groups = await open.GroupBy(c => new { c.Module, c.CaseType, c.DepartmentId, c.WarningLevel })
            .Select(g => new { g.Key.Module, g.Key.CaseType, g.Key.DepartmentId, g.Key.WarningLevel, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        var redCarded = await (
            from k in BoardLevels.OpenRedCards(db.Set<Card>())
            join c in open on k.ClockId equals (Guid?)c.Id
            select new { c.Id, c.Module, c.CaseType, c.WarningLevel, c.DepartmentId })
            .Distinct()
            .ToListAsync(cancellationToken);

        var tally = new BoardTally(types, names, filter.Module);
        foreach (var g in groups)
        {
            var level = BoardLevels.Of(types.Find(g.Module, g.CaseType), g.WarningLevel, false, rules);
            tally.Total.Add(level, g.Count);
            tally.Module(g.Module).Add(level, g.Count);
            tally.Department(g.DepartmentId).Add(level, g.Count);
        }

        foreach (var c in redCarded)
        {
            var level = BoardLevels.Of(types.Find(c.Module, c.CaseType), c.WarningLevel, false, rules);
            if (level != BoardLevel.Red)
            {
                tally.Total.Move(level, BoardLevel.Red);
                tally.Module(c.Module).Move(level, BoardLevel.Red);
                tally.Department(c.DepartmentId).Move(level, BoardLevel.Red);
            }
        }

        return tally.ToSummary();
    }

    /// <summary>Running and paused clocks in scope that match the filter's module, department and 事项 (not its level).</summary>
    private IQueryable<StatutoryClock> Open(BoardFilter filter, DepartmentSet scope)
    {
        var open = db.Set<StatutoryClock>().AsNoTracking()
            .Where(c => c.State == ClockState.Running || c.State == ClockState.Paused)
            .WhereInScope(scope, c => c.DepartmentId);
        if (filter.Module is { } module)
        {
            open = open.Where(c => c.Module == module);
        }

        if (filter.DepartmentId is { } department)
        {
            open = open.Where(c => c.DepartmentId == department);
        }

        if (filter.Item is { } item)
        {
            open = open.Where(c => c.Item == item);
        }

        return open;
    }
}

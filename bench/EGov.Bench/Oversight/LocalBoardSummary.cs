using EGov.Oversight.Domain;
using EGov.Oversight.Rules;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EGov.Bench.Oversight;

/// <summary>
/// Stand-in for the board's summary query while the board branch is not merged: the open clocks grouped by
/// module, type and stored level (read from the index on State, Module, CaseType, WarningLevel), plus the overdue
/// clocks an open red card makes red, found from the cards' side; the level of each group comes from the rule book.
/// </summary>
internal static class LocalBoardSummary
{
    public static async Task<BoardCounts> SummaryAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<EGovDbContext>();
        var types = services.GetRequiredService<ClockTypes>();
        var rules = await services.GetRequiredService<RuleBook>().LoadAsync();
        var groups = await db.Set<StatutoryClock>().AsNoTracking()
            .Where(c => c.State == ClockState.Running || c.State == ClockState.Paused)
            .GroupBy(c => new { c.Module, c.CaseType, c.WarningLevel })
            .Select(g => new { g.Key.Module, g.Key.CaseType, g.Key.WarningLevel, Count = g.LongCount() })
            .ToListAsync();
        var redByCard = await db.Set<Card>().AsNoTracking()
            .Where(k => k.Level == CardLevel.Red && (k.State == CardState.Open || k.State == CardState.Answered) && k.ClockId != null)
            .Join(db.Set<StatutoryClock>(), k => k.ClockId, c => c.Id, (k, c) => c)
            .Where(c => (c.State == ClockState.Running || c.State == ClockState.Paused) && c.WarningLevel == WarningLevel.Overdue)
            .Select(c => new { c.Id, c.Module, c.CaseType })
            .Distinct()
            .GroupBy(c => new { c.Module, c.CaseType })
            .Select(g => new { g.Key.Module, g.Key.CaseType, Count = g.LongCount() })
            .ToDictionaryAsync(g => (g.Module, g.CaseType), g => g.Count);

        long normal = 0, warning = 0, yellow = 0, red = 0;
        foreach (var g in groups)
        {
            switch (g.WarningLevel)
            {
                case WarningLevel.Normal:
                    normal += g.Count;
                    break;
                case WarningLevel.Warning:
                    warning += g.Count;
                    break;
                default:
                    var rule = ClockRuleMap.RuleFor(types.Find(g.Module, g.CaseType));
                    var ruleIsRed = rule is not null && rules.TryGetValue(rule, out var r) && r.Level == CardLevel.Red;
                    var carded = ruleIsRed ? g.Count : redByCard.GetValueOrDefault((g.Module, g.CaseType));
                    red += carded;
                    yellow += g.Count - carded;
                    break;
            }
        }

        return new BoardCounts(normal, warning, yellow, red);
    }
}

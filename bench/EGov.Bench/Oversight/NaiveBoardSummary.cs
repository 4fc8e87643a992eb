using EGov.Oversight.Domain;
using EGov.Oversight.Rules;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EGov.Bench.Oversight;

/// <summary>Baseline of the summary: every open clock's due and warning instants, module and type loaded, and classified in C#.</summary>
internal static class NaiveBoardSummary
{
    public static async Task<BoardCounts> SummaryAsync(IServiceProvider services, DateTime now)
    {
        var db = services.GetRequiredService<EGovDbContext>();
        var types = services.GetRequiredService<ClockTypes>();
        var rules = await services.GetRequiredService<RuleBook>().LoadAsync();
        var redCards = (await db.Set<Card>().AsNoTracking()
            .Where(k => k.Level == CardLevel.Red && (k.State == CardState.Open || k.State == CardState.Answered) && k.ClockId != null)
            .Select(k => k.ClockId!.Value)
            .ToListAsync()).ToHashSet();
        var clocks = await db.Set<StatutoryClock>().AsNoTracking()
            .Where(c => c.State == ClockState.Running || c.State == ClockState.Paused)
            .Select(c => new { c.Id, c.State, c.WarningLevel, c.DueAt, c.WarningAt, c.Module, c.CaseType })
            .ToListAsync();

        long normal = 0, warning = 0, yellow = 0, red = 0;
        foreach (var c in clocks)
        {
            // A paused clock keeps the level it had when paused.
            var level = c.State == ClockState.Paused ? c.WarningLevel
                : now >= c.DueAt ? WarningLevel.Overdue : now >= c.WarningAt ? WarningLevel.Warning : WarningLevel.Normal;
            if (level == WarningLevel.Normal)
            {
                normal++;
            }
            else if (level == WarningLevel.Warning)
            {
                warning++;
            }
            else if (redCards.Contains(c.Id) || (ClockRuleMap.RuleFor(types.Find(c.Module, c.CaseType)) is { } rule && rules[rule].Level == CardLevel.Red))
            {
                red++;
            }
            else
            {
                yellow++;
            }
        }

        return new BoardCounts(normal, warning, yellow, red);
    }
}

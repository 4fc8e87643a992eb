using EGov.Oversight.Domain;
using EGov.Oversight.Rules;
using EGov.Platform.Clocks;

namespace EGov.Oversight.Board;

/// <summary>
/// The board level of a running or paused clock, the one definition every part of oversight uses: 红牌 when it is
/// overdue and the rule that judges its type (<see cref="ClockRuleMap"/>) is red, or when an open red card is on it;
/// 黄牌 when it is otherwise overdue; 预警 when its warning level is Warning; else 正常.
/// </summary>
internal static class BoardLevels
{
    public static BoardLevel Of(ClockType? type, WarningLevel level, bool hasOpenRedCard, IReadOnlyDictionary<string, OversightRule> rules)
        => hasOpenRedCard ? BoardLevel.Red : level switch
        {
            WarningLevel.Overdue => IsRedWhenOverdue(type, rules) ? BoardLevel.Red : BoardLevel.Yellow,
            WarningLevel.Warning => BoardLevel.Warning,
            _ => BoardLevel.Normal,
        };

    /// <summary>True when passing the type's due date is a red card under the effective rules.</summary>
    public static bool IsRedWhenOverdue(ClockType? type, IReadOnlyDictionary<string, OversightRule> rules)
        => ClockRuleMap.RuleFor(type) is { } code && rules.TryGetValue(code, out var rule) && rule.Level == CardLevel.Red;

    /// <summary>The types red when overdue, as <see cref="TypeKey"/> values for a query.</summary>
    public static List<string> RedTypeKeys(ClockTypes types, IReadOnlyDictionary<string, OversightRule> rules)
        => [.. types.All.Where(t => IsRedWhenOverdue(t, rules)).Select(t => TypeKey(t.Module, t.CaseType))];

    public static string TypeKey(string module, string caseType) => module + "|" + caseType;

    /// <summary>Red cards still open (待整改 or 已说明) on a clock.</summary>
    public static IQueryable<Card> OpenRedCards(IQueryable<Card> cards)
        => cards.Where(k => k.ClockId != null && k.Level == CardLevel.Red && (k.State == CardState.Open || k.State == CardState.Answered));

    /// <summary>The clocks of one board level, in SQL: the same definition as <see cref="Of"/>.</summary>
    /// <param name="redTypes">From <see cref="RedTypeKeys"/>.</param>
    public static IQueryable<StatutoryClock> WhereLevel(this IQueryable<StatutoryClock> clocks, BoardLevel level, List<string> redTypes, IQueryable<Card> cards)
    {
        var red = OpenRedCards(cards);
        return level switch
        {
            BoardLevel.Red => clocks.Where(c => (c.WarningLevel == WarningLevel.Overdue && redTypes.Contains(c.Module + "|" + c.CaseType)) || red.Any(k => k.ClockId == c.Id)),
            BoardLevel.Yellow => clocks.Where(c => c.WarningLevel == WarningLevel.Overdue && !redTypes.Contains(c.Module + "|" + c.CaseType) && !red.Any(k => k.ClockId == c.Id)),
            BoardLevel.Warning => clocks.Where(c => c.WarningLevel == WarningLevel.Warning && !red.Any(k => k.ClockId == c.Id)),
            _ => clocks.Where(c => c.WarningLevel == WarningLevel.Normal && !red.Any(k => k.ClockId == c.Id)),
        };
    }
}

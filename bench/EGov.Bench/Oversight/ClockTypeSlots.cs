using EGov.Oversight.Domain;
using EGov.Oversight.Rules;
using EGov.Platform.Clocks;

namespace EGov.Bench.Oversight;

/// <summary>
/// The registered clock types of approvals, disclosure and interaction, each repeated by its weight, in three groups:
/// every type (normal, warning and stopped clocks), the types whose overdue rule is yellow, and those whose rule is red.
/// </summary>
internal sealed record ClockTypeSlots(IReadOnlyList<IReadOnlyList<ClockType>> Groups)
{
    public static readonly string[] Modules = ["approvals", "disclosure", "interaction"];

    public static ClockTypeSlots From(ClockTypes types, IReadOnlyList<OversightRule> rules)
    {
        var levels = rules.ToDictionary(r => r.Code, r => r.Level);
        var registered = types.All.Where(t => Modules.Contains(t.Module))
            .OrderBy(t => t.Module, StringComparer.Ordinal).ThenBy(t => t.CaseType, StringComparer.Ordinal)
            .ToList();
        CardLevel? LevelOf(ClockType t) => ClockRuleMap.RuleFor(t) is { } rule ? levels[rule] : null;
        IReadOnlyList<ClockType> Slots(IEnumerable<ClockType> group) => [.. group.SelectMany(t => Enumerable.Repeat(t, Weight(t)))];
        return new ClockTypeSlots(
        [
            Slots(registered),
            Slots(registered.Where(t => LevelOf(t) == CardLevel.Yellow)),
            Slots(registered.Where(t => LevelOf(t) == CardLevel.Red)),
        ]);
    }

    /// <summary>The clock that counts the case is the commonest; rectification and pre-review periods the rarest.</summary>
    private static int Weight(ClockType type) => type.CountsCase ? 4 : type.Kind == LimitKind.Other ? 1 : 2;

    public static int LimitOf(ClockType type) => type.Kind is LimitKind.Step or LimitKind.Other ? 5 : 20;
}

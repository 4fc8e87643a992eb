using EGov.Platform.Clocks;

namespace EGov.Oversight.Rules;

/// <summary>Which rule judges a clock of a type once it passes its due date (null: none, the board still shows it overdue).</summary>
internal static class ClockRuleMap
{
    public static string? RuleFor(ClockType? type) => type switch
    {
        { OverdueAnomaly: { } anomaly } => anomaly,
        { Kind: LimitKind.Statutory } => OversightRules.StatutoryOverdue,
        { Kind: LimitKind.Promised } => OversightRules.PromisedOverdue,
        { Kind: LimitKind.Step } => OversightRules.StepOverdue,
        _ => null,
    };
}

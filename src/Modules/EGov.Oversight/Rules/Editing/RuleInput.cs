using EGov.Oversight.Domain;

namespace EGov.Oversight.Rules.Editing;

/// <summary>The security administrator's setting of one rule, as entered.</summary>
/// <param name="Days">Working days, for the rules that have them (ignored otherwise).</param>
/// <param name="Percent">Share of the limit, for the warning rule (ignored otherwise).</param>
internal sealed record RuleInput(bool Enabled, CardLevel Level, int? Days, int? Percent);

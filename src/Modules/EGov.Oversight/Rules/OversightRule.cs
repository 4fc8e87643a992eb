using EGov.Oversight.Domain;

namespace EGov.Oversight.Rules;

/// <summary>One rule with its defaults (oversight.md, UNCONFIRMED local practice) and, once loaded, its setting.</summary>
/// <param name="Days">Working days, for rules that have a number (null otherwise).</param>
/// <param name="Percent">Share of the limit, for the warning rule.</param>
internal sealed record OversightRule(
    string Code,
    string Name,
    string Description,
    bool IsAnomaly,
    CardLevel Level,
    bool Enabled = true,
    int? Days = null,
    int? Percent = null);

namespace EGov.Oversight.Statistics;

/// <summary>月度电子监察报告: the month's figures and ranking, the cards by rule and the red cards raised in the month.</summary>
/// <param name="Month">The month, <c>2026-11</c>.</param>
internal sealed record MonthlyReport(string Month, OversightStatistics Statistics, IReadOnlyList<RuleCount> CardsByRule, IReadOnlyList<RedCardRow> RedCards);

/// <param name="Open">Of <paramref name="Count"/>, those still waiting for an answer or a decision.</param>
internal sealed record RuleCount(string Rule, string Name, string Level, bool IsAnomaly, int Count, int Open);

internal sealed record RedCardRow(long Id, string Title, string Department, string? Item, string Rule, string Reason, DateTime RaisedAt, string State, string Url);

namespace EGov.Oversight.Contracts;

/// <summary>
/// A module's anomaly checks over its own tables (违反一次性告知, 体外循环…). Oversight's scan asks every
/// registered source and raises a card for each finding it has not raised before; a new module adds its
/// checks by registering a source, without changes to oversight.
/// </summary>
public interface IAnomalySource
{
    /// <summary>The rules this source finds; their codes are unique across the platform.</summary>
    IReadOnlyList<AnomalyRule> Rules { get; }

    /// <summary>
    /// The cases that break <paramref name="enabledRules"/> (set-based queries, each bounded by
    /// <paramref name="since"/> where the rule allows), in the caller's scope-free background context.
    /// </summary>
    Task<IReadOnlyList<AnomalyFinding>> FindAsync(IReadOnlySet<string> enabledRules, DateTime since, CancellationToken cancellationToken);
}

/// <param name="Code">Stable, e.g. <c>repeated_correction</c>.</param>
/// <param name="Name">Chinese, e.g. 违反一次性告知：多次补正.</param>
/// <param name="Description">What the rule checks and the law or practice behind it.</param>
/// <param name="RedByDefault">True when a finding is a red card unless the security administrator sets otherwise.</param>
public sealed record AnomalyRule(string Code, string Name, string Description, bool RedByDefault = false);

/// <param name="Rule">An <see cref="AnomalyRule.Code"/>.</param>
/// <param name="CaseId">With <paramref name="Rule"/>, the cause: one card per rule and case.</param>
/// <param name="Evidence">Facts behind the finding as a flat JSON object (dates, counts, amounts).</param>
public sealed record AnomalyFinding(
    string Rule,
    string Module,
    string CaseType,
    string CaseId,
    Guid? DepartmentId,
    string? Item,
    string Title,
    string CaseUrl,
    string Reason,
    string Evidence);

using EGov.Approvals.Oversight.Checks;
using EGov.Oversight.Contracts;
using EGov.Platform.Data;

namespace EGov.Approvals.Oversight;

/// <summary>
/// The approvals module's anomaly checks for oversight's scan: one set-based query per enabled rule over the module's
/// own tables (demo applications included), each bounded by <c>since</c> on the instant that breaks the rule.
/// </summary>
internal sealed class ApplicationAnomalySource(EGovDbContext db) : IAnomalySource
{
    private delegate Task<IReadOnlyList<AnomalyFinding>> Check(EGovDbContext db, DateTime since, CancellationToken cancellationToken);

    private static readonly Dictionary<string, Check> Checks = new(StringComparer.Ordinal)
    {
        [ApplicationAnomalyRules.RepeatedCorrection] = RepeatedCorrectionCheck.FindAsync,
        [ApplicationAnomalyRules.ConcludedWithoutAcceptance] = ConclusionChecks.WithoutAcceptanceAsync,
        [ApplicationAnomalyRules.ConcludedWithoutResult] = ConclusionChecks.WithoutResultAsync,
        [ApplicationAnomalyRules.InstantConclusion] = InstantConclusionCheck.FindAsync,
        [ApplicationAnomalyRules.FeeMismatch] = FeeMismatchCheck.FindAsync,
        [ApplicationAnomalyRules.HandledOutsideSystem] = OutsideSystemCheck.FindAsync,
    };

    public IReadOnlyList<AnomalyRule> Rules => ApplicationAnomalyRules.All;

    public async Task<IReadOnlyList<AnomalyFinding>> FindAsync(IReadOnlySet<string> enabledRules, DateTime since, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(enabledRules);
        var findings = new List<AnomalyFinding>();
        foreach (var rule in Rules.Where(r => enabledRules.Contains(r.Code)))
        {
            findings.AddRange(await Checks[rule.Code](db, since, cancellationToken));
        }

        return findings;
    }
}

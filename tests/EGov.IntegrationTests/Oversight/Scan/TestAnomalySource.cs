using EGov.Oversight.Contracts;

namespace EGov.IntegrationTests.Oversight.Scan;

/// <summary>A module's anomaly checks as the scan sees them: the findings a test puts in, and what the scan asked.</summary>
public sealed class TestAnomalySource : IAnomalySource
{
    public const string FeeMismatch = "scantest_fee_mismatch";

    private readonly List<AnomalyFinding> _findings = [];

    public IReadOnlyList<AnomalyRule> Rules { get; } = [new(FeeMismatch, "异常：收费与标准不符（测试）", "测试用的异常规则。", RedByDefault: true)];

    public DateTime? LastSince { get; private set; }

    public void Add(AnomalyFinding finding)
    {
        lock (_findings)
        {
            _findings.Add(finding);
        }
    }

    public Task<IReadOnlyList<AnomalyFinding>> FindAsync(IReadOnlySet<string> enabledRules, DateTime since, CancellationToken cancellationToken)
    {
        LastSince = since;
        lock (_findings)
        {
            return Task.FromResult<IReadOnlyList<AnomalyFinding>>(enabledRules.Contains(FeeMismatch) ? [.. _findings] : []);
        }
    }
}

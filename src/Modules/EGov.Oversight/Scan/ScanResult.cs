namespace EGov.Oversight.Scan;

/// <summary>What one scan did.</summary>
/// <param name="Refreshed">Clocks whose warning level changed.</param>
/// <param name="Raised">New cards per rule code (clock rules, escalations and the modules' anomalies).</param>
/// <param name="Escalated">Yellow cards turned red (黄牌逾期未整改).</param>
/// <param name="Anomalies">New cards from the modules' anomaly checks.</param>
/// <param name="InboxItems">Cards put into a department's inbox.</param>
internal sealed record ScanResult(
    int Refreshed,
    IReadOnlyDictionary<string, int> Raised,
    int Escalated,
    int Anomalies,
    int InboxItems,
    long ElapsedMilliseconds)
{
    public int Total => Raised.Values.Sum();
}

namespace EGov.Disclosure.Reports.Handling;

/// <summary>What staff write on a report: sections 一, 五 and 六 and the four table 二 figures of other systems.</summary>
/// <param name="Version">The version the editor started from (0 for a report not saved yet).</param>
internal sealed record ReportInput(
    string? Overview,
    string? Problems,
    string? OtherMatters,
    int LicensingDecisions,
    int PenaltyDecisions,
    int EnforcementDecisions,
    decimal FeeAmountTenThousandYuan,
    long Version)
{
    public const int MaxText = 20000;
}

namespace EGov.Approvals.Applications.Handling;

/// <summary>Configuration section <c>Approvals:Handling</c>.</summary>
internal sealed class HandlingOptions
{
    public const string Section = "Approvals:Handling";

    /// <summary>How often the deemed-acceptance job looks for applications whose correction window passed (第三十二条).</summary>
    public int DeemedAcceptanceIntervalSeconds { get; set; } = 600;
}

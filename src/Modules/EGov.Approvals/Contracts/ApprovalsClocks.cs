namespace EGov.Approvals.Contracts;

/// <summary>How the module's statutory clocks are labelled in the platform's clock table (for oversight).</summary>
public static class ApprovalsClocks
{
    public const string Module = "approvals";

    /// <summary>The 5-working-day window for the correction notice (行政许可法 第三十二条); case id = application id.</summary>
    public const string PreReview = "pre_review";

    /// <summary>承诺办结时限 from acceptance; passing it is a yellow card. Case id = application id.</summary>
    public const string Promised = "promised";

    /// <summary>法定办结时限 from acceptance (第四十二条, 20 or 45 days); passing it is a red card. Case id = application id.</summary>
    public const string Statutory = "statutory";

    /// <summary>The current process step's limit; passing it is a yellow card. Case id = application id.</summary>
    public const string Step = "step";

    /// <summary>差评整改 (default 15 working days); case id = rectification id.</summary>
    public const string Rectification = "rectification";

    /// <summary>The staff page of a clock's case.</summary>
    public static string CaseUrl(string caseType, string caseId) => caseType == Rectification
        ? $"/office/approvals/rectifications/{caseId}"
        : $"/office/approvals/applications/{caseId}";
}

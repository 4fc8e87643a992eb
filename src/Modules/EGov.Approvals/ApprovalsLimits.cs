namespace EGov.Approvals;

/// <summary>The statutory periods of 《行政许可法》 (approvals.md §2.1), in working days (第八十二条).</summary>
internal static class ApprovalsLimits
{
    /// <summary>第三十二条: the correction notice within 5 days of the materials' arrival, or the application is accepted from that day.</summary>
    public const int CorrectionNoticeDays = 5;

    /// <summary>第四十二条第一款: decision within 20 days of acceptance.</summary>
    public const int DecisionDays = 20;

    /// <summary>第四十二条第一款: +10 days with the agency head's approval.</summary>
    public const int ExtensionDays = 10;

    /// <summary>第四十二条第二款: 统一办理、联合办理、集中办理 within 45 days.</summary>
    public const int JointDecisionDays = 45;

    /// <summary>第四十二条第二款: +15 days with the approval of the government's head.</summary>
    public const int JointExtensionDays = 15;

    /// <summary>第四十四条: the licence is issued and served within 10 days of the approval decision.</summary>
    public const int IssueDays = 10;

    /// <summary>第四十七条: the applicant asks for a hearing within 5 days of being told of the right.</summary>
    public const int HearingRequestDays = 5;

    /// <summary>第四十七条: the hearing is held within 20 days of the request.</summary>
    public const int HearingHeldDays = 20;

    /// <summary>第五十条: renewal is applied for 30 days before expiry.</summary>
    public const int RenewalNoticeDays = 30;
}

namespace EGov.Platform.Clocks;

/// <summary>Why a clock is paused: periods the law says "are not counted" (不计算在期限内).</summary>
public static class PauseReasons
{
    /// <summary>补正: waiting for the applicant to complete the request or materials.</summary>
    public const string Correction = "correction";

    /// <summary>征求意见: third-party or co-maker consultation (条例 第三十二条、第三十四条).</summary>
    public const string Consultation = "consultation";

    /// <summary>缴费: waiting for a fee to be paid (国办函〔2020〕109号).</summary>
    public const string Fee = "fee";

    /// <summary>专家评审: expert review, inspection or testing (行政许可法 第四十五条).</summary>
    public const string ExpertReview = "expert_review";

    /// <summary>听证 (行政许可法 第四十五条、第四十七条).</summary>
    public const string Hearing = "hearing";

    /// <summary>招标 (行政许可法 第四十五条).</summary>
    public const string Tender = "tender";

    /// <summary>拍卖 (行政许可法 第四十五条).</summary>
    public const string Auction = "auction";

    /// <summary>检验、检测、检疫 (行政许可法 第四十五条).</summary>
    public const string Inspection = "inspection";

    /// <summary>鉴定 (行政许可法 第四十五条).</summary>
    public const string Appraisal = "appraisal";

    public static IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>
    {
        [Correction] = "补正",
        [Consultation] = "征求意见",
        [Fee] = "缴费",
        [ExpertReview] = "专家评审",
        [Hearing] = "听证",
        [Tender] = "招标",
        [Auction] = "拍卖",
        [Inspection] = "检验、检测、检疫",
        [Appraisal] = "鉴定",
    };
}

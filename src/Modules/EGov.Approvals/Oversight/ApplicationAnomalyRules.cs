using EGov.Oversight.Contracts;

namespace EGov.Approvals.Oversight;

/// <summary>
/// The anomalies (异常) oversight raises from applications' own records, with the law or practice behind each
/// (oversight.md §7, exception types (五)(六)(七) and the flags under the default thresholds).
/// </summary>
internal static class ApplicationAnomalyRules
{
    public const string RepeatedCorrection = "repeated_correction";
    public const string ConcludedWithoutAcceptance = "concluded_without_acceptance";
    public const string ConcludedWithoutResult = "concluded_without_result";
    public const string InstantConclusion = "instant_conclusion";
    public const string FeeMismatch = "fee_mismatch";
    public const string HandledOutsideSystem = "handled_outside_system";

    public static readonly IReadOnlyList<AnomalyRule> All =
    [
        new(RepeatedCorrection, "违反一次性告知：同一办件多次补正",
            "同一办件发出一次以上补正告知。行政许可法第三十二条要求申请材料不齐全或者不符合法定形式的，一次告知申请人需要补正的全部内容。"),
        new(ConcludedWithoutAcceptance, "未受理即办结",
            "办件没有受理记录却已办结。行政许可法第三十二条、第三十八条：先依法受理，经审查后作出决定；对应监察异常类型（五）、（八）。",
            RedByDefault: true),
        new(ConcludedWithoutResult, "办结无结果或送达记录",
            "办件已办结，但没有出具审批结果或没有送达记录。行政许可法第三十八条、第四十四条：决定应以书面形式作出，并在十日内颁发、送达。"),
        new(InstantConclusion, "承诺件受理与办结在同一分钟",
            "承诺件从受理到办结不足一分钟（“提前办结”异常），可能未经审查或在系统外办理后补录；对应监察异常类型（六）。"),
        new(FeeMismatch, "收费与收费标准不符",
            "实收费用与事项公布的收费标准不一致，或不收费的事项收取了费用。行政许可法第五十八条、第五十九条：不得擅自收费，按法定项目和标准收费；对应监察异常类型（七）。",
            RedByDefault: true),
        new(HandledOutsideSystem, "体外循环：未经办理环节即登记结果",
            "办件登记了审批结果，但此前系统中没有受理、审查或决定环节的记录，不按规定实施网上审批；对应监察异常类型（六）。"),
    ];
}

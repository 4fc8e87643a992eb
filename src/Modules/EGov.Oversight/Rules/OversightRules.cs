using EGov.Oversight.Contracts;
using EGov.Oversight.Domain;

namespace EGov.Oversight.Rules;

/// <summary>
/// The built-in rules with their defaults from oversight.md ("recommended default thresholds", UNCONFIRMED:
/// configurable per district by the security administrator). Modules add anomaly rules through <see cref="IAnomalySource"/>.
/// </summary>
internal static class OversightRules
{
    /// <summary>预警: at most 1 working day or 20 % of the limit left. Applied by the platform's clocks.</summary>
    public const string Warning = "warning";

    /// <summary>黄牌: the promised limit (承诺时限) passed.</summary>
    public const string PromisedOverdue = "promised_overdue";

    /// <summary>黄牌: a step (环节) passed its limit.</summary>
    public const string StepOverdue = "step_overdue";

    /// <summary>红牌: the statutory limit (法定时限) passed.</summary>
    public const string StatutoryOverdue = "statutory_overdue";

    /// <summary>红牌: a yellow card not corrected within 3 working days or by the 督办 deadline.</summary>
    public const string YellowUncorrected = "yellow_uncorrected";

    public static IReadOnlyList<OversightRule> BuiltIn { get; } =
    [
        new(Warning, "预警：临近时限", "剩余时间不超过 1 个工作日，或不超过时限的 20%，在看板上标为预警。", false, CardLevel.Yellow, Days: 1, Percent: 20),
        new(PromisedOverdue, "黄牌：超过承诺时限", "办件超过承诺办结时限（或本地规定的答复时限）仍未办结。", false, CardLevel.Yellow),
        new(StepOverdue, "黄牌：环节超时", "未超过承诺时限，但某一办理环节超过环节时限。", false, CardLevel.Yellow),
        new(StatutoryOverdue, "红牌：超过法定时限", "超过法律法规规定的办理时限。", false, CardLevel.Red),
        new(YellowUncorrected, "红牌：黄牌逾期未整改", "黄牌发出后 3 个工作日内（或督办期限内）未提交整改说明。", false, CardLevel.Red, Days: 3),
        new(OversightAnomalies.AcceptanceDeemed, "异常：逾期未告知补正视为受理", "收到申请材料 5 个工作日内未一次告知补正，自收到材料之日起即为受理（行政许可法 第三十二条）。", true, CardLevel.Yellow),
        new(OversightAnomalies.RatingNotRectified, "异常：差评逾期未整改", "差评在整改时限内未整改完毕。", true, CardLevel.Yellow),
        new(OversightAnomalies.DisclosureReplyOverdue, "异常：依申请公开逾期未答复", "政府信息公开申请超过答复期限仍未答复（条例 第三十三条）。", true, CardLevel.Red),
        new(OversightAnomalies.LetterUnanswered, "异常：信件逾期未答复", "群众来信超过答复时限仍未答复。", true, CardLevel.Yellow),
    ];

    /// <summary>A source's rule with its default level.</summary>
    public static OversightRule From(AnomalyRule rule)
        => new(rule.Code, rule.Name, rule.Description, true, rule.RedByDefault ? CardLevel.Red : CardLevel.Yellow);
}

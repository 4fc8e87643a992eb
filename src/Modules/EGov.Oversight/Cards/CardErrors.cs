using EGov.Oversight.Domain;
using EGov.Platform.Results;

namespace EGov.Oversight.Cards;

/// <summary>Why a card step or a card list is refused.</summary>
internal static class CardErrors
{
    public static readonly Error NotFound = Error.NotFound("oversight.card_not_found", "该黄牌或红牌不存在，或不在您的查看范围内。");
    public static readonly Error Stale = Error.Conflict("oversight.card_changed", "该黄牌或红牌已被他人处理，请刷新页面后再试。");
    public static readonly Error NotYours = Error.Forbidden("oversight.not_your_card", "该黄牌或红牌不属于您所在部门，或您没有这一步的权限。");
    public static readonly Error Answered = Error.Validation("oversight.card_answered", "部门已提交整改说明，正在等待监察人员作出处理决定。");
    public static readonly Error NotAnswered = Error.Validation("oversight.card_not_answered", "部门尚未提交整改说明，不能退回重新整改。");
    public static readonly Error YellowByDecision = Error.Validation("oversight.yellow_card_decision", "黄牌在部门提交整改说明后自动办结，只有红牌需要监察人员作出处理决定。");
    public static readonly Error Outcome = Field("oversight.bad_outcome", "Outcome", "处理结果只能是 close（办结）或 return（退回重新整改）。");
    public static readonly Error UrgeDeadline = Field("oversight.urge_deadline", "Deadline", "督办期限应为今天以后的日期。");

    public static Error Closed(CardState state, string action)
        => Error.Validation("oversight.card_closed", $"该牌已{(state == CardState.Escalated ? "升级为红牌" : "办结")}，不能再{action}。");

    public static Error Required(string field, string what) => Field("oversight.required", field, $"请填写{what}。");

    public static Error ExplanationLength(int min, int max) => Field("oversight.explanation_length", "Explanation", $"整改说明应为 {min} 至 {max} 个字。");

    public static Error TooLong(string field, string what, int max) => Field("oversight.too_long", field, $"{what}不能超过 {max} 个字。");

    public static Error BadFilter(string field, string message) => Field("oversight.bad_filter", field, message);

    private static Error Field(string code, string field, string message)
        => new(code, message) { Fields = new Dictionary<string, string[]> { [field] = [message] } };
}

using System.Globalization;
using EGov.Disclosure.Domain;
using EGov.Disclosure.Domain.Requests;
using EGov.Platform.Results;

namespace EGov.Disclosure.Requests.Handling;

/// <summary>The handling steps' refusals, with stable codes and the article they rest on.</summary>
internal static class HandlingErrors
{
    public static readonly Error NotFound = Error.NotFound("disclosure.request_not_found", "未找到该申请，或该申请不在您的管理范围内。");

    public static readonly Error ChangedMeanwhile = Error.Conflict(
        "disclosure.request_changed", "该申请刚刚已被他人办理或修改，您的操作未保存。请刷新页面，查看最新状态后再操作。");

    public static readonly Error NoClock = Error.Conflict("disclosure.no_clock", "该申请尚未确认收到，答复期限还没有开始计算。");

    public static readonly Error CorrectionOnce = Error.Conflict(
        "disclosure.correction_once", "补正告知只能一次性发出（《条例》第三十条），本申请已经发出过补正告知。");

    public static readonly Error ExtensionOnce = Error.Conflict(
        "disclosure.extension_once", "答复期限只能延长一次（《条例》第三十三条第二款），本申请已经延期。");

    public static readonly Error ExtensionOverdue = Error.Conflict(
        "disclosure.extension_overdue", "答复期限已经届满，不能再延期（《条例》第三十三条第二款：延期须在答复期限内决定）。");

    public static readonly Error FeeOnce = Error.Conflict(
        "disclosure.fee_once", "一件申请只能发出一次收费通知，按件或按量只能选一种（国办函〔2020〕109号 第三条）。");

    public static readonly Error NoFeeDue = Error.Validation(
        "disclosure.no_fee_due", "按所填数量计算无需收费（本月累计不超过10件或不超过30页，国办函〔2020〕109号 第四条、第五条），无需发出收费通知。");

    public static readonly Error BadQueryCode = Error.Validation("disclosure.bad_query_code", "申请编号或查询码不正确，请核对回执后重新输入。");

    public static Error WrongState(RequestState state, string action)
        => Error.Conflict("disclosure.wrong_state", $"该申请当前状态为“{DisclosureNames.Of(state)}”，不能{action}。");

    public static Error Field(string code, string field, string message)
        => Error.Validation(code, message) with { Fields = new Dictionary<string, string[]> { [field] = [message] } };

    public static Error Required(string field, string what) => Field("disclosure.required", field, $"请填写{what}。");

    public static Error FutureDate(string field) => Field("disclosure.future_date", field, "日期不能晚于今天。");

    public static Error DateBefore(string field, DateOnly earliest, string what)
        => Field("disclosure.date_too_early", field, $"日期不能早于{what}（{Day(earliest)}）。");

    public static string Day(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}

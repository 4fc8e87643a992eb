using System.Globalization;
using EGov.Approvals.Domain;
using EGov.Approvals.Domain.Applications;
using EGov.Platform.Results;

namespace EGov.Approvals.Applications.Handling;

/// <summary>The handling steps' refusals, with stable codes and the article they rest on.</summary>
internal static class HandlingErrors
{
    public static readonly Error NotFound = Error.NotFound("approvals.application_not_found", "未找到该办件，或该办件不在您的管理范围内。");

    public static readonly Error ChangedMeanwhile = Error.Conflict(
        "approvals.application_changed", "该办件刚刚已被他人办理或修改，您的操作未保存。请刷新页面，查看最新状态后再操作。");

    public static readonly Error CorrectionOnce = Error.Conflict(
        "approvals.correction_once", "补正材料应当一次告知（《行政许可法》第三十二条第一款第四项），本办件已经发出过补正告知，不能再次告知。");

    public static readonly Error ExtensionOnce = Error.Conflict(
        "approvals.extension_once", "办理期限只能延长一次（《行政许可法》第四十二条），本办件已经延期或已有待审批的延期申请。");

    public static readonly Error ExtensionOverdue = Error.Conflict(
        "approvals.extension_overdue", "法定办理期限已经届满，不能再延期（《行政许可法》第四十二条：延期须在期限内经批准）。");

    public static readonly Error NoStatutoryClock = Error.Conflict("approvals.no_statutory_clock", "该办件没有法定办理期限，无需延期。");

    public static readonly Error NoPendingExtension = Error.Conflict("approvals.no_pending_extension", "该办件没有待审批的延期申请。");

    public static readonly Error ProcedureOpen = Error.Conflict(
        "approvals.special_procedure_open", "特别程序（听证、检验检测、专家评审等）尚未结束，请先结束特别程序（《行政许可法》第四十五条）。");

    public static readonly Error NoOpenProcedure = Error.Conflict("approvals.no_special_procedure", "该办件没有进行中的特别程序。");

    public static readonly Error NotImmediate = Error.Conflict("approvals.not_immediate", "该事项不是即办件，不能即办办结。");

    public static readonly Error LicenceIssuerMissing = Error.Conflict("approvals.licence_issuer_missing", "电子证照签发服务未配置，暂时不能出证。");

    public static Error WrongState(ApplicationState state, string action)
        => Error.Conflict("approvals.wrong_state", $"该办件当前状态为“{ApprovalsNames.Of(state)}”，不能{action}。");

    public static Error Field(string code, string field, string message)
        => Error.Validation(code, message) with { Fields = new Dictionary<string, string[]> { [field] = [message] } };

    public static Error Required(string field, string what) => Field("approvals.required", field, $"请填写{what}。");

    public static Error FutureDate(string field) => Field("approvals.future_date", field, "日期不能晚于今天。");

    public static string Day(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}

using EGov.Documents.Domain.Incoming;
using EGov.Platform.Results;

namespace EGov.Documents.Incoming;

/// <summary>Why a 收文 step is refused.</summary>
internal static class IncomingErrors
{
    public static readonly Error NotFound = Error.NotFound("documents.incoming_not_found", "该收文不存在，或不在您的查看范围内。");
    public static readonly Error Stale = Error.Conflict("documents.incoming_changed", "该收文已被他人处理，请刷新页面后再试。");
    public static readonly Error NotYours = Error.Forbidden("documents.incoming_not_yours", "您所在部门不负责这一步，或您没有这一步的权限。");
    public static readonly Error NotCirculatedToYou = Error.Forbidden("documents.not_circulated_to_you", "该收文没有传阅给您。");
    public static readonly Error AlreadyRead = Error.Conflict("documents.already_read", "您已阅过该收文。");
    public static readonly Error BadOutcome = Field("documents.bad_outcome", "Outcome", "初审结论只能是 reading（阅知性，直接传阅）、instruction（批办性，送拟办）或 return（退回来文单位）。");
    public static readonly Error BadRetention = Field("documents.bad_retention", "Retention", "保管期限只能是 permanent（永久）、years30（30年）或 years10（10年）。");
    public static readonly Error NoReaders = Field("documents.no_readers", "Readers", "请选择至少一位传阅人。");
    public static readonly Error NoLeadUnit = Field("documents.no_lead_unit", "LeadDepartment", "请指定主办部门。");
    public static readonly Error LeadAlsoAssisting = Field("documents.lead_also_assisting", "AssistingDepartments", "主办部门不能同时是协办部门。");
    public static readonly Error NotAssisting = Error.Forbidden("documents.not_assisting", "您所在部门不是该收文的协办部门。");

    public static Error Step(IncomingState state, string step)
        => Error.Conflict("documents.incoming_step_not_allowed", $"该收文当前状态为“{IncomingNames.Of(state)}”，不能{IncomingSteps.NameOf(step)}。");

    public static Error Required(string field, string what) => Field("documents.required", field, $"请填写{what}。");

    public static Error TooLong(string field, string what, int max) => Field("documents.too_long", field, $"{what}不能超过 {max} 个字。");

    public static Error Invalid(string field, string message) => Field("documents.invalid", field, message);

    public static Error UnknownDepartment(string field) => Field("documents.unknown_department", field, "所选部门不存在或已停用。");

    public static Error UnknownReaders(IEnumerable<string> names) => Field("documents.unknown_readers", "Readers", $"以下传阅人账号不存在或已停用：{string.Join("、", names)}。");

    public static Error AlreadyCirculated(IEnumerable<string> names) => Field("documents.already_circulated", "Readers", $"以下人员已在传阅名单中：{string.Join("、", names)}。");

    public static Error Deadline(string message) => Field("documents.bad_deadline", "Deadline", message);

    private static Error Field(string code, string field, string message)
        => new(code, message) { Fields = new Dictionary<string, string[]> { [field] = [message] } };
}

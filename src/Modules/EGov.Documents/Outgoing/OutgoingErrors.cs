using EGov.Documents.Domain;
using EGov.Documents.Rules;
using EGov.Platform.Results;

namespace EGov.Documents.Outgoing;

/// <summary>Why a step of 发文办理 is refused.</summary>
internal static class OutgoingErrors
{
    public static Error NoSeal(string agency)
        => Error.Validation("documents.no_seal", $"“{agency}”没有可用的电子印章（未制作、已过期或已注销），不能用印。请联系安全管理员。");

    public static readonly Error NotFound = Error.NotFound("documents.not_found", "该公文不存在，或不在您的查看范围内。");
    public static readonly Error Stale = Error.Conflict("documents.changed", "该公文已被他人修改或办理，请刷新页面后再试。");
    public static readonly Error NotYours = Error.Forbidden("documents.not_your_step", "您没有办理这一步的权限，或该公文不属于您所在部门。");
    public static readonly Error NotDrafter = Error.Forbidden("documents.not_drafter", "只有拟稿人可以修改和提交本公文。");
    public static readonly Error TemplateNotFound = Field("documents.template_not_found", "TemplateId", "请选择本单位或上级机关的公文模板。");
    public static readonly Error CountersignNotPending = Error.Validation("documents.countersign_not_pending", "您所在部门没有待会签的本公文，或已经提出会签意见。");

    public static readonly Error NotProactive = Error.Validation("documents.not_proactive", "只有公开属性为“主动公开”的公文才能在门户网站发布。");
    public static readonly Error AlreadyPublished = Error.Conflict("documents.already_published", "该公文已在门户网站发布。");

    public static Error WrongState(DocumentState state, string action)
        => Error.Validation("documents.wrong_state", $"该公文当前为“{OutgoingNames.Of(state)}”，不能{action}。");

    public static Error Required(string field, string what) => Field("documents.required", field, $"请填写{what}。");

    public static Error TooLong(string field, string what, int max) => Field("documents.too_long", field, $"{what}不能超过 {max} 个字。");

    public static Error BadValue(string field, string message) => Field("documents.bad_value", field, message);

    public static Error Rules(IEnumerable<RuleFinding> findings)
    {
        var errors = findings.Where(f => f.IsError).ToList();
        return new("documents.rules_broken", "公文不符合行文规则：" + string.Join("；", errors.Select(e => e.Text)))
        {
            Fields = errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Text).ToArray()),
        };
    }

    public static Error Fields(Dictionary<string, string[]> fields)
        => new("documents.invalid", string.Join(" ", fields.Values.SelectMany(v => v))) { Fields = fields };

    private static Error Field(string code, string field, string message)
        => new(code, message) { Fields = new Dictionary<string, string[]> { [field] = [message] } };
}

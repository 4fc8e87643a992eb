using EGov.Platform.Results;

namespace EGov.Oversight.Rules.Editing;

internal static class RuleErrors
{
    public static Error Unknown(string code) => Error.NotFound("oversight.rule_unknown", $"没有代码为 {code} 的监察规则");

    public static Error Changed(string name) => Error.Conflict("oversight.rule_changed", $"规则“{name}”已被他人修改，请刷新页面后重新操作");
}

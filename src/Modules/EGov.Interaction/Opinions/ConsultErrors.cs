using EGov.Platform.Results;

namespace EGov.Interaction.Opinions;

/// <summary>Failures shared by opinion collections and surveys.</summary>
internal static class ConsultErrors
{
    public static readonly Error NoAccount = Error.Forbidden("interaction.consult_no_account", "请先以工作人员身份登录。");
    public static readonly Error OutOfScope = Error.Forbidden("interaction.consult_out_of_scope", "您无权管理该部门的意见征集和在线调查。");

    /// <summary>One validation error carrying the message of every field, shown next to the fields.</summary>
    public static Error Fields(string code, IReadOnlyDictionary<string, string> fields)
        => Error.Validation(code, fields.Count == 1 ? fields.Values.First() : "提交的内容有误，请按提示修改。")
            with
        { Fields = fields.ToDictionary(f => f.Key, f => new[] { f.Value }) };
}

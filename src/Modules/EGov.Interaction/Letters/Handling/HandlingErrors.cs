using EGov.Interaction.Domain;
using EGov.Interaction.Domain.Letters;
using EGov.Platform.Results;

namespace EGov.Interaction.Letters.Handling;

/// <summary>Why a handling step is refused.</summary>
internal static class HandlingErrors
{
    public static readonly Error NotYours = Error.Forbidden("interaction.not_your_step", "该信件的这一步不由您所在部门办理。");
    public static readonly Error ExtensionOncePerRound = Error.Validation("interaction.extension_once", "本轮办理已申请过延期，每轮只能申请一次。");
    public static readonly Error NoPendingExtension = Error.Validation("interaction.no_pending_extension", "没有待审批的延期申请。");
    public static readonly Error NoSubmittedReply = Error.Validation("interaction.no_submitted_reply", "没有待审核的答复。");
    public static readonly Error NoConsent = Error.Validation("interaction.no_consent", "来信人未同意公开，不能公开。");
    public static readonly Error NotPublished = Error.Validation("interaction.not_published", "信件尚未公开。");
    public static readonly Error MergeSelf = Error.Validation("interaction.merge_self", "不能把信件合并到它自己。");
    public static readonly Error MergeTarget = Error.Validation("interaction.merge_target", "合并目标不存在、已合并或已不予受理，或不属于同一信箱部门。");
    public static readonly Error RuleChanged = Error.Conflict("interaction.setting_changed", "该设置已被他人修改，请刷新后再试。");
    public static readonly Error SettingNotFound = Error.NotFound("interaction.setting_not_found", "该设置不存在，或不在您的管理范围内。");

    public static Error Required(string field, string what)
        => new("interaction.required", $"请填写{what}。") { Fields = new Dictionary<string, string[]> { [field] = [$"请填写{what}。"] } };

    public static Error WrongState(LetterState state, string action)
        => Error.Validation("interaction.wrong_state", $"信件当前为“{InteractionNames.Of(state)}”，不能{action}。");

    public static Error ExtensionDays(int max)
        => new("interaction.extension_days", $"延期天数应为 1 至 {max} 个工作日。") { Fields = new Dictionary<string, string[]> { ["WorkingDays"] = [$"延期天数应为 1 至 {max} 个工作日。"] } };

    public static Error SensitiveWords(IEnumerable<string> words)
        => Error.Validation("interaction.public_text_sensitive", $"公开内容含有敏感词：{string.Join("、", words)}，请修改后再公开。");
}

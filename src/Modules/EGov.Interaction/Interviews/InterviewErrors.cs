using EGov.Interaction.Domain.Interviews;
using EGov.Platform.Results;

namespace EGov.Interaction.Interviews;

/// <summary>Business failures of 在线访谈.</summary>
internal static class InterviewErrors
{
    public static readonly Error NotFound = Error.NotFound("interaction.interview_not_found", "访谈不存在，或不在您的管理范围内。");
    public static readonly Error QuestionNotFound = Error.NotFound("interaction.interview_question_not_found", "该问题不存在。");
    public static readonly Error Stale = Error.Conflict("interaction.interview_changed", "访谈已被他人处理，请刷新后再试。");
    public static readonly Error Archived = Error.Conflict("interaction.interview_archived", "访谈已结束，文字实录已归档，不能再添加或修改内容。");
    public static readonly Error NotTakingQuestions = Error.Conflict("interaction.interview_not_taking_questions", "该访谈当前不接受提问（预告或直播期间才可提问）。");
    public static readonly Error NotLive = Error.Conflict("interaction.interview_not_live", "访谈尚未开始直播，不能发布内容。");
    public static readonly Error QuestionHandled = Error.Conflict("interaction.interview_question_handled", "该问题已被处理，请刷新后再试。");
    public static readonly Error UnknownGuest = Error.Validation("interaction.interview_unknown_guest", "请选择本场访谈的嘉宾或主持人作为发言人。");
    public static readonly Error Busy = Error.Conflict("interaction.interview_busy", "发布的人较多，请稍后再试。");

    public static Error Required(string field, string what)
        => new("interaction.interview_required", $"请填写{what}。") { Fields = new Dictionary<string, string[]> { [field] = [$"请填写{what}。"] } };

    public static Error Invalid(string field, string message)
        => new("interaction.interview_invalid", message) { Fields = new Dictionary<string, string[]> { [field] = [message] } };

    public static Error WrongState(string action, InterviewState current)
        => Error.Conflict("interaction.interview_wrong_state", $"访谈当前状态为“{InterviewNames.Of(current)}”，不能{action}。");
}

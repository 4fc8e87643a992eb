using EGov.Platform.Results;

namespace EGov.Interaction.Surveys;

/// <summary>The expected failures of 在线调查, with stable codes and Chinese messages.</summary>
internal static class SurveyErrors
{
    public static readonly Error NotFound = Error.NotFound("interaction.survey_not_found", "调查不存在，或不在您的管理范围内。");
    public static readonly Error Stale = Error.Conflict("interaction.survey_changed", "已被他人处理，请刷新后再试。");
    public static readonly Error NotOpen = Error.Conflict("interaction.survey_not_open", "该调查当前不在进行中，不能提交答卷。");
    public static readonly Error AlreadyAnswered = Error.Conflict("interaction.survey_already_answered", "您已参加过本次调查，每人只能提交一次。");
    public static readonly Error ResultsNotYet = Error.NotFound("interaction.survey_results_not_yet", "调查结束后公布结果。");
    public static readonly Error NoQuestions = Error.Validation("interaction.survey_no_questions", "请至少设置一道题目，再发布。");
    public static readonly Error AlreadyPublished = Error.Conflict("interaction.survey_already_published", "该调查已经发布。");
    public static readonly Error NotPublished = Error.Conflict("interaction.survey_not_published", "该调查尚未发布。");
    public static readonly Error AlreadyClosed = Error.Conflict("interaction.survey_already_closed", "该调查已经结束。");

    /// <summary>Answers were given to the questions as they stand; changing them would make those answers mean something else.</summary>
    public static readonly Error QuestionsLocked = Error.Conflict(
        "interaction.survey_questions_locked", "已有人提交答卷，题目和选项不能再修改，否则已收到的答卷将与题目对不上。标题、说明和日期仍可修改。");
}

using EGov.Platform.Results;

namespace EGov.Interaction.Opinions;

/// <summary>The expected failures of 意见征集, with stable codes and Chinese messages.</summary>
internal static class OpinionErrors
{
    public static readonly Error NotFound = Error.NotFound("interaction.collection_not_found", "意见征集不存在，或不在您的管理范围内。");
    public static readonly Error OpinionNotFound = Error.NotFound("interaction.opinion_not_found", "该条意见不存在。");
    public static readonly Error Stale = Error.Conflict("interaction.collection_changed", "已被他人处理，请刷新后再试。");
    public static readonly Error DraftMissing = Error.Validation("interaction.collection_draft_missing", "请先上传征求意见稿，再发布。");
    public static readonly Error NotOpen = Error.Conflict("interaction.collection_not_open", "该意见征集当前不在征集期内，不能提交意见。");
    public static readonly Error FeedbackEmpty = Error.Validation("interaction.feedback_empty", "请填写意见采纳情况，再公布。");
    public static readonly Error AlreadyPublished = Error.Conflict("interaction.collection_already_published", "该意见征集已经发布。");
    public static readonly Error AlreadyClosed = Error.Conflict("interaction.collection_already_closed", "该意见征集已经结束。");
    public static readonly Error NotPublished = Error.Conflict("interaction.collection_not_published", "该意见征集尚未发布。");

    public static Error StillOpen(DateOnly closesOn) => Error.Conflict(
        "interaction.collection_still_open", $"征集期至{closesOn:yyyy年M月d日}结束，征集期结束后才能处理意见、公布采纳情况。");
}

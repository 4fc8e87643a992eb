using EGov.Platform.Results;
using EGov.Portal.Domain;
using EGov.Portal.Domain.Articles;

namespace EGov.Portal.Workflow;

internal static class WorkflowErrors
{
    public static readonly Error ArticleNotFound = Error.NotFound("portal.article_not_found", "稿件不存在。");
    public static readonly Error ReferenceNotFound = Error.NotFound("portal.reference_not_found", "推送记录不存在。");
    public static readonly Error NotEditor = Error.Forbidden("portal.not_editor", "您没有该站点或栏目的编辑权限。");
    public static readonly Error NotReviewer = Error.Forbidden("portal.not_reviewer", "该稿件所属站点不在您的审核范围内。");
    public static readonly Error NotConfidentialityReviewer = Error.Forbidden("portal.not_confidentiality_reviewer", "该稿件所属站点不在您的保密审查范围内。");
    public static readonly Error NotTargetEditor = Error.Forbidden("portal.not_target_editor", "您无权处理推送到该站点的稿件。");
    public static readonly Error SameReviewer = Error.Conflict("portal.same_reviewer", "审核人与保密审查人不能为同一人。");
    public static readonly Error NoConfidentialityReview = Error.Conflict("portal.confidentiality_review_missing", "当前版本未通过保密审查，不能发布。");
    public static readonly Error ChangedMeanwhile = Error.Conflict("portal.article_changed", "稿件已被他人处理，请刷新后重试。");
    public static readonly Error ReferenceDecided = Error.Conflict("portal.reference_decided", "该推送已处理。");
    public static readonly Error PushToOwnSite = Error.Validation("portal.push_to_own_site", "不能推送到稿件所在的站点。");
    public static readonly Error AlreadyPushed = Error.Conflict("portal.already_pushed", "该稿件已推送到这个栏目。");
    public static readonly Error TargetChannelNotFound = Error.Validation("portal.target_channel_not_found", "目标栏目不存在或不属于门户网站。");

    public static Error Required(string field, string message)
        => Error.Validation("portal.field_required", message) with { Fields = new Dictionary<string, string[]> { [field] = [message] } };

    public static Error TooLong(string field, string label, int max)
    {
        var message = $"{label}不能超过{max}个字。";
        return Error.Validation("portal.field_too_long", message) with { Fields = new Dictionary<string, string[]> { [field] = [message] } };
    }

    /// <summary>e.g. 稿件当前状态为“已发布”，不能提交审核.</summary>
    public static Error WrongState(ArticleStatus status, string action)
        => Error.Conflict("portal.wrong_state", $"稿件当前状态为“{PortalNames.Of(status)}”，不能{action}。");
}

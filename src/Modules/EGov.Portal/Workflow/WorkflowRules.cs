using EGov.Platform.Results;
using EGov.Portal.Domain.Articles;

namespace EGov.Portal.Workflow;

/// <summary>Which workflow step may start from which status: the one table of the editorial state machine.</summary>
internal static class WorkflowRules
{
    public static readonly WorkflowStep Submit = new("submit", "提交审核", ArticleStatus.Submitted, [ArticleStatus.Draft, ArticleStatus.Returned]);
    public static readonly WorkflowStep Review = new("review", "审核", ArticleStatus.Reviewed, [ArticleStatus.Submitted]);
    public static readonly WorkflowStep SendBack = new("send_back", "退回修改", ArticleStatus.Returned, [ArticleStatus.Submitted]);
    public static readonly WorkflowStep ConfidentialityReview = new("confidentiality_review", "保密审查", ArticleStatus.Published, [ArticleStatus.Reviewed]);
    public static readonly WorkflowStep Publish = new("publish", "发布", ArticleStatus.Published, [ArticleStatus.Reviewed, ArticleStatus.Scheduled]);
    public static readonly WorkflowStep Withdraw = new("withdraw", "撤稿", ArticleStatus.Withdrawn, [ArticleStatus.Published]);
    public static readonly WorkflowStep TakeDown = new("take_down", "下线", ArticleStatus.TakenDown, [ArticleStatus.Published]);
    public static readonly WorkflowStep Reopen = new("reopen", "重新编辑", ArticleStatus.Draft, [ArticleStatus.Withdrawn, ArticleStatus.TakenDown]);
    public static readonly WorkflowStep Push = new("push", "推送", ArticleStatus.Published, [ArticleStatus.Published]);

    /// <summary>Published at once, or scheduled when the editor set a publication time still ahead.</summary>
    public static ArticleStatus AfterConfidentialityPass(Article article, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.ScheduledPublishAt is { } at && at > now ? ArticleStatus.Scheduled : ArticleStatus.Published;
    }

    /// <summary>A revision may go public only when a passed 保密审查 of exactly that revision is on record.</summary>
    public static bool MayPublish(int revisionNumber, IEnumerable<ConfidentialityReview> reviews)
        => reviews.Where(r => r.RevisionNumber == revisionNumber).OrderByDescending(r => r.ReviewedAt).FirstOrDefault()?.Passed == true;

    public static bool IsDueForPublication(Article article, DateTime now)
        => article.Status == ArticleStatus.Scheduled && article.ScheduledPublishAt is { } at && at <= now;

    public static bool IsDueForTakeDown(Article article, DateTime now)
        => article.Status == ArticleStatus.Published && article.ScheduledTakeDownAt is { } at && at <= now;
}

/// <param name="Action">Stable code stored in <see cref="ArticleTransition.Action"/> and the audit log (<c>portal.article_{action}</c>).</param>
/// <param name="Name">The Chinese verb for messages.</param>
internal sealed record WorkflowStep(string Action, string Name, ArticleStatus To, IReadOnlyList<ArticleStatus> From)
{
    public Result CheckFrom(ArticleStatus current) => From.Contains(current) ? Result.Success() : WorkflowErrors.WrongState(current, Name);
}

using EGov.Platform.Results;
using EGov.Portal.Domain.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EGov.Portal.Workflow.Handlers;

/// <summary>
/// 保密审查: recorded with reviewer, time, opinion and the revision reviewed. A pass publishes the article, or schedules it
/// when the editor set a later publication time; a failure sends it back with the opinion.
/// </summary>
internal sealed class ConfidentialityReviewHandler(
    WorkflowUnit unit, WorkflowAccess access, TransitionLog log, WorkflowInbox inbox, ArticlePublisher publisher, IOptions<WorkflowOptions> options)
{
    public async Task<Result> HandleAsync(Guid articleId, Actor actor, bool passed, string? opinion, CancellationToken cancellationToken)
    {
        var text = WorkflowText.Required(opinion, "opinion", "保密审查意见", 1000);
        if (!text.IsSuccess)
        {
            return text.Error!;
        }

        if (await unit.LoadAsync(articleId, cancellationToken) is not ({ } article, { } site))
        {
            return WorkflowErrors.ArticleNotFound;
        }

        if (!await access.IsConfidentialityReviewerAsync(site, cancellationToken))
        {
            return WorkflowErrors.NotConfidentialityReviewer;
        }

        if (WorkflowRules.ConfidentialityReview.CheckFrom(article.Status) is { IsSuccess: false } wrong)
        {
            return wrong;
        }

        if (options.Value.SeparateReviewers && await ReviewedByAsync(article.Id, cancellationToken) == actor.Id)
        {
            return WorkflowErrors.SameReviewer;
        }

        var now = unit.Now;
        unit.Db.Add(new ConfidentialityReview
        {
            Id = Guid.CreateVersion7(),
            ArticleId = article.Id,
            RevisionNumber = article.RevisionNumber,
            ReviewerId = actor.Id,
            ReviewerName = actor.Name,
            ReviewedAt = now,
            Passed = passed,
            Opinion = text.Value,
        });
        var from = article.Status;
        await inbox.CompleteAsync(article, WorkflowInbox.ConfidentialityKind, actor.Id, cancellationToken);
        if (!passed)
        {
            article.Status = ArticleStatus.Returned;
            article.ReturnComment = text.Value;
            inbox.AskAuthorToRevise(article);
        }
        else if (WorkflowRules.AfterConfidentialityPass(article, now) == ArticleStatus.Scheduled)
        {
            article.Status = ArticleStatus.Scheduled;
        }
        else if (await publisher.PublishAsync(article, now, cancellationToken) is { IsSuccess: false } refused)
        {
            return refused;
        }

        log.Add(article, from, WorkflowRules.ConfidentialityReview.Action, actor, (passed ? "通过：" : "不通过：") + text.Value, now);
        return await unit.SaveAsync(readersSeeIt: article.Status == ArticleStatus.Published, cancellationToken);
    }

    /// <summary>Who passed 审核 of the current submission (every edit is resubmitted, so the latest pass is this revision's).</summary>
    private async Task<Guid?> ReviewedByAsync(Guid articleId, CancellationToken cancellationToken)
        => await unit.Db.Set<ArticleTransition>().AsNoTracking()
            .Where(t => t.ArticleId == articleId && t.Action == WorkflowRules.Review.Action)
            .OrderByDescending(t => t.At).ThenByDescending(t => t.Id)
            .Select(t => t.UserId)
            .FirstOrDefaultAsync(cancellationToken);
}

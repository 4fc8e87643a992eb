using EGov.Platform.Results;
using EGov.Portal.Domain.Articles;

namespace EGov.Portal.Workflow.Handlers;

/// <summary>审核: a reviewer whose scope covers the site's department passes a submitted article, or sends it back with a comment.</summary>
internal sealed class ReviewHandler(WorkflowUnit unit, WorkflowAccess access, TransitionLog log, WorkflowInbox inbox)
{
    public async Task<Result> PassAsync(Guid articleId, Actor actor, string? opinion, CancellationToken cancellationToken)
    {
        var text = WorkflowText.Optional(opinion, "opinion", "审核意见", 1000);
        if (!text.IsSuccess)
        {
            return text.Error!;
        }

        return await ActAsync(articleId, actor, WorkflowRules.Review, text.Value, cancellationToken);
    }

    public async Task<Result> SendBackAsync(Guid articleId, Actor actor, string? comment, CancellationToken cancellationToken)
    {
        var text = WorkflowText.Required(comment, "comment", "退回意见", 1000);
        if (!text.IsSuccess)
        {
            return text.Error!;
        }

        return await ActAsync(articleId, actor, WorkflowRules.SendBack, text.Value, cancellationToken);
    }

    private async Task<Result> ActAsync(Guid articleId, Actor actor, WorkflowStep step, string? comment, CancellationToken cancellationToken)
    {
        if (await unit.LoadAsync(articleId, cancellationToken) is not ({ } article, { } site))
        {
            return WorkflowErrors.ArticleNotFound;
        }

        if (!await access.IsReviewerAsync(site, cancellationToken))
        {
            return WorkflowErrors.NotReviewer;
        }

        if (step.CheckFrom(article.Status) is { IsSuccess: false } wrong)
        {
            return wrong;
        }

        var from = article.Status;
        article.Status = step.To;
        log.Add(article, from, step.Action, actor, comment, unit.Now);
        await inbox.CompleteAsync(article, WorkflowInbox.ReviewKind, actor.Id, cancellationToken);
        if (step == WorkflowRules.SendBack)
        {
            article.ReturnComment = comment;
            inbox.AskAuthorToRevise(article);
        }
        else
        {
            await inbox.AskForConfidentialityReviewAsync(article, site, cancellationToken);
        }

        return await unit.SaveAsync(readersSeeIt: false, cancellationToken);
    }
}

using EGov.Platform.Results;
using EGov.Portal.Domain.Articles;

namespace EGov.Portal.Workflow.Handlers;

/// <summary>提交审核: the editor of the article's site or channel sends a draft, or a returned article, to review.</summary>
internal sealed class SubmitHandler(WorkflowUnit unit, WorkflowAccess access, TransitionLog log, WorkflowInbox inbox)
{
    public async Task<Result> HandleAsync(Guid articleId, Actor actor, CancellationToken cancellationToken)
    {
        if (await unit.LoadAsync(articleId, cancellationToken) is not ({ } article, { } site))
        {
            return WorkflowErrors.ArticleNotFound;
        }

        if (!await access.IsEditorAsync(actor, article, cancellationToken))
        {
            return WorkflowErrors.NotEditor;
        }

        var step = WorkflowRules.Submit;
        if (step.CheckFrom(article.Status) is { IsSuccess: false } wrong)
        {
            return wrong;
        }

        var from = article.Status;
        article.Status = step.To;
        article.ReturnComment = null;
        log.Add(article, from, step.Action, actor, null, unit.Now);
        await inbox.CompleteAsync(article, WorkflowInbox.ReviseKind, actor.Id, cancellationToken);
        inbox.AskForReview(article, site);
        return await unit.SaveAsync(readersSeeIt: false, cancellationToken);
    }
}

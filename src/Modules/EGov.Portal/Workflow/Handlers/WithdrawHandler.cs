using EGov.Platform.Results;
using EGov.Portal.Domain.Articles;

namespace EGov.Portal.Workflow.Handlers;

/// <summary>
/// 撤稿 with a required reason, by a reviewer in scope or an editor of the site; 重新编辑 turns a withdrawn or taken-down
/// article back into a draft that goes through the whole review again.
/// </summary>
internal sealed class WithdrawHandler(WorkflowUnit unit, WorkflowAccess access, TransitionLog log, WorkflowInbox inbox, ArticlePublisher publisher)
{
    public async Task<Result> WithdrawAsync(Guid articleId, Actor actor, string? reason, CancellationToken cancellationToken)
    {
        var text = WorkflowText.Required(reason, "reason", "撤稿原因", 500);
        if (!text.IsSuccess)
        {
            return text.Error!;
        }

        var loaded = await LoadForAsync(articleId, actor, WorkflowRules.Withdraw, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var article = loaded.Value;
        var now = unit.Now;
        await publisher.WithdrawAsync(article, actor.Id, text.Value, now, cancellationToken);
        log.Add(article, ArticleStatus.Published, WorkflowRules.Withdraw.Action, actor, text.Value, now);
        return await unit.SaveAsync(readersSeeIt: true, cancellationToken);
    }

    public async Task<Result> ReopenAsync(Guid articleId, Actor actor, CancellationToken cancellationToken)
    {
        var loaded = await LoadForAsync(articleId, actor, WorkflowRules.Reopen, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var article = loaded.Value;
        var from = article.Status;
        article.Status = WorkflowRules.Reopen.To;
        log.Add(article, from, WorkflowRules.Reopen.Action, actor, null, unit.Now);
        await inbox.CompleteAsync(article, null, actor.Id, cancellationToken);
        return await unit.SaveAsync(readersSeeIt: false, cancellationToken);
    }

    private async Task<Result<Article>> LoadForAsync(Guid articleId, Actor actor, WorkflowStep step, CancellationToken cancellationToken)
    {
        if (await unit.LoadAsync(articleId, cancellationToken) is not ({ } article, { } site))
        {
            return WorkflowErrors.ArticleNotFound;
        }

        if (!await access.IsReviewerAsync(site, cancellationToken) && !await access.IsEditorAsync(actor, article, cancellationToken))
        {
            return WorkflowErrors.NotReviewer;
        }

        return step.CheckFrom(article.Status) is { IsSuccess: false } wrong ? wrong.Error! : article;
    }
}

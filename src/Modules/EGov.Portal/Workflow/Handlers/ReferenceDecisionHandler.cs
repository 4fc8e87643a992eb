using EGov.Platform.Results;
using EGov.Portal.Domain.Articles;
using EGov.Portal.Domain.Sites;
using Microsoft.EntityFrameworkCore;

namespace EGov.Portal.Workflow.Handlers;

/// <summary>
/// 采用/不采用 a pushed article: an editor of the target site (portal) or a reviewer whose scope covers its department.
/// An accepted reference appears in the target channel naming the source site.
/// </summary>
internal sealed class ReferenceDecisionHandler(WorkflowUnit unit, WorkflowAccess access, TransitionLog log, WorkflowInbox inbox)
{
    public Task<Result> AcceptAsync(Guid referenceId, Actor actor, CancellationToken cancellationToken)
        => DecideAsync(referenceId, actor, accept: true, null, cancellationToken);

    public async Task<Result> DeclineAsync(Guid referenceId, Actor actor, string? comment, CancellationToken cancellationToken)
    {
        var text = WorkflowText.Required(comment, "comment", "不采用理由", 500);
        return text.IsSuccess ? await DecideAsync(referenceId, actor, accept: false, text.Value, cancellationToken) : text.Error!;
    }

    private async Task<Result> DecideAsync(Guid referenceId, Actor actor, bool accept, string? comment, CancellationToken cancellationToken)
    {
        var reference = await unit.Db.Set<ArticleReference>().FirstOrDefaultAsync(r => r.Id == referenceId, cancellationToken);
        if (reference is null || await unit.LoadAsync(reference.ArticleId, cancellationToken) is not ({ } article, _))
        {
            return WorkflowErrors.ReferenceNotFound;
        }

        var target = await unit.Db.Set<Site>().SingleAsync(s => s.Id == reference.TargetSiteId, cancellationToken);
        if (!await access.IsSiteEditorAsync(actor, target.Id, reference.TargetChannelId, cancellationToken)
            && !await access.IsReviewerAsync(target, cancellationToken))
        {
            return WorkflowErrors.NotTargetEditor;
        }

        if (reference.Status != ReferenceStatus.Pending)
        {
            return WorkflowErrors.ReferenceDecided;
        }

        if (accept && article.Status != ArticleStatus.Published)
        {
            return WorkflowErrors.WrongState(article.Status, "采用");
        }

        var now = unit.Now;
        reference.Status = accept ? ReferenceStatus.Accepted : ReferenceStatus.Declined;
        reference.DecidedBy = actor.Id;
        reference.DecidedAt = now;
        reference.Comment = comment;
        if (accept)
        {
            target.HomeUpdatedAt = now;
        }

        log.Add(article, article.Status, accept ? "push_accepted" : "push_declined", actor, accept ? $"{target.Name}已采用" : $"{target.Name}不采用：{comment}", now);
        await inbox.CompletePushAsync(reference.Id, actor.Id, cancellationToken);
        return await unit.SaveAsync(readersSeeIt: accept, cancellationToken);
    }
}

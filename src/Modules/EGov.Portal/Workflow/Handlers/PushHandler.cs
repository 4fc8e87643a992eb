using EGov.Platform.Results;
using EGov.Portal.Domain.Articles;
using EGov.Portal.Domain.Channels;
using EGov.Portal.Domain.Sites;
using Microsoft.EntityFrameworkCore;

namespace EGov.Portal.Workflow.Handlers;

/// <summary>推送: the editor of a sub-site offers a published article to a channel of the portal, without copying it.</summary>
internal sealed class PushHandler(WorkflowUnit unit, WorkflowAccess access, TransitionLog log, WorkflowInbox inbox)
{
    public async Task<Result<Guid>> HandleAsync(Guid articleId, Actor actor, Guid targetChannelId, CancellationToken cancellationToken)
    {
        if (await unit.LoadAsync(articleId, cancellationToken) is not ({ } article, _))
        {
            return WorkflowErrors.ArticleNotFound;
        }

        if (!await access.IsEditorAsync(actor, article, cancellationToken))
        {
            return WorkflowErrors.NotEditor;
        }

        if (WorkflowRules.Push.CheckFrom(article.Status) is { IsSuccess: false } wrong)
        {
            return wrong.Error!;
        }

        var target = await (
            from c in unit.Db.Set<Channel>()
            join s in unit.Db.Set<Site>() on c.SiteId equals s.Id
            where c.Id == targetChannelId && s.IsPortal && c.Kind != ChannelKind.Link
            select new { Channel = c, Site = s })
            .FirstOrDefaultAsync(cancellationToken);
        if (target is null)
        {
            return WorkflowErrors.TargetChannelNotFound;
        }

        if (target.Site.Id == article.SiteId)
        {
            return WorkflowErrors.PushToOwnSite;
        }

        var now = unit.Now;
        var reference = await unit.Db.Set<ArticleReference>()
            .FirstOrDefaultAsync(r => r.ArticleId == article.Id && r.TargetChannelId == targetChannelId, cancellationToken);
        if (reference is { Status: ReferenceStatus.Pending or ReferenceStatus.Accepted })
        {
            return WorkflowErrors.AlreadyPushed;
        }

        if (reference is null)
        {
            reference = new ArticleReference { Id = Guid.CreateVersion7(), ArticleId = article.Id, TargetSiteId = target.Site.Id, TargetChannelId = targetChannelId };
            unit.Db.Add(reference);
        }

        reference.Status = ReferenceStatus.Pending;
        reference.PushedBy = actor.Id;
        reference.PushedAt = now;
        reference.DecidedBy = null;
        reference.DecidedAt = null;
        reference.Comment = null;
        log.Add(article, article.Status, WorkflowRules.Push.Action, actor, $"推送到{target.Site.Name}“{target.Channel.Name}”栏目", now);
        inbox.AskToDecidePush(reference, article, target.Site);
        var saved = await unit.SaveAsync(readersSeeIt: false, cancellationToken);
        return saved.IsSuccess ? reference.Id : saved.Error!;
    }
}

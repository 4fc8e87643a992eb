using EGov.Platform.Data;
using EGov.Platform.Organization.Scope;
using EGov.Portal.Contracts;
using EGov.Portal.Domain.Articles;
using EGov.Portal.Domain.Channels;
using EGov.Portal.Domain.Sites;
using Microsoft.EntityFrameworkCore;

namespace EGov.Portal.Workflow.Queries;

/// <summary>A line of a staff list of articles waiting for a step.</summary>
internal sealed record QueuedArticle(Guid Id, string Title, string SiteName, string ChannelName, ArticleStatus Status, DateTime UpdatedAt, DateTime? ScheduledPublishAt);

/// <summary>A pushed article waiting for the target site's decision.</summary>
internal sealed record QueuedPush(Guid Id, Guid ArticleId, string Title, string SourceSite, string TargetSite, string TargetChannel, DateTime PushedAt);

/// <summary>The 待审核, 待保密审查 and 推送待处理 lists, each limited to the user's scope.</summary>
internal sealed class WorkflowQueues(EGovDbContext db, IDepartmentScope scope, EditorGrants grants)
{
    private const int Limit = 200;

    public async Task<List<QueuedArticle>> AwaitingReviewAsync(CancellationToken cancellationToken)
        => await QueueAsync(ArticleStatus.Submitted, await scope.ForPermissionAsync(PortalPermissions.Review, cancellationToken), cancellationToken);

    public async Task<List<QueuedArticle>> AwaitingConfidentialityReviewAsync(CancellationToken cancellationToken)
        => await QueueAsync(ArticleStatus.Reviewed, await scope.ForPermissionAsync(PortalPermissions.ConfidentialityReview, cancellationToken), cancellationToken);

    public async Task<List<QueuedPush>> PendingPushesAsync(Actor actor, CancellationToken cancellationToken)
    {
        var inScope = await scope.ForPermissionAsync(PortalPermissions.Review, cancellationToken);
        var editorSites = actor.Has(PortalPermissions.Edit) ? await grants.SitesOfAsync(actor.Id, cancellationToken) : [];
        var sites = await db.Set<Site>().AsNoTracking().Select(s => new { s.Id, s.DepartmentId }).ToListAsync(cancellationToken);
        var allowedIds = sites.Where(s => inScope.Contains(s.DepartmentId) || editorSites.Contains(s.Id)).Select(s => s.Id).ToList();
        return await (
            from r in db.Set<ArticleReference>().AsNoTracking()
            join a in db.Set<Article>() on r.ArticleId equals a.Id
            join source in db.Set<Site>() on a.SiteId equals source.Id
            join target in db.Set<Site>() on r.TargetSiteId equals target.Id
            join c in db.Set<Channel>() on r.TargetChannelId equals c.Id
            where r.Status == ReferenceStatus.Pending && allowedIds.Contains(r.TargetSiteId)
            orderby r.PushedAt
            select new QueuedPush(r.Id, a.Id, a.Title, source.Name, target.Name, c.Name, r.PushedAt))
            .Take(Limit).ToListAsync(cancellationToken);
    }

    private async Task<List<QueuedArticle>> QueueAsync(ArticleStatus status, DepartmentSet inScope, CancellationToken cancellationToken)
    {
        if (inScope.IsEmpty)
        {
            return [];
        }

        var sites = db.Set<Site>().AsNoTracking().WhereInScope(inScope, s => s.DepartmentId);
        return await (
            from a in db.Set<Article>().AsNoTracking()
            join s in sites on a.SiteId equals s.Id
            join c in db.Set<Channel>() on a.ChannelId equals c.Id
            where a.Status == status
            orderby a.UpdatedAt
            select new QueuedArticle(a.Id, a.Title, s.Name, c.Name, a.Status, a.UpdatedAt, a.ScheduledPublishAt))
            .Take(Limit).ToListAsync(cancellationToken);
    }
}

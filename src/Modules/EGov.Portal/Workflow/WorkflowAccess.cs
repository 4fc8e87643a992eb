using EGov.Platform.Organization.Scope;
using EGov.Portal.Contracts;
using EGov.Portal.Domain.Articles;
using EGov.Portal.Domain.Sites;

namespace EGov.Portal.Workflow;

/// <summary>Who may act on an article: editors where a grant says, reviewers where their department scope reaches.</summary>
internal sealed class WorkflowAccess(EditorGrants grants, IDepartmentScope scope)
{
    public async Task<bool> IsEditorAsync(Actor actor, Article article, CancellationToken cancellationToken)
        => actor.Has(PortalPermissions.Edit) && await grants.MayEditAsync(actor.Id, article.SiteId, article.ChannelId, cancellationToken);

    public async Task<bool> IsSiteEditorAsync(Actor actor, Guid siteId, Guid? channelId, CancellationToken cancellationToken)
        => actor.Has(PortalPermissions.Edit) && await grants.MayEditAsync(actor.Id, siteId, channelId, cancellationToken);

    public Task<bool> IsReviewerAsync(Site site, CancellationToken cancellationToken)
        => InScopeAsync(PortalPermissions.Review, site, cancellationToken);

    public Task<bool> IsConfidentialityReviewerAsync(Site site, CancellationToken cancellationToken)
        => InScopeAsync(PortalPermissions.ConfidentialityReview, site, cancellationToken);

    /// <summary>Anyone who has a step to take on the article may read it with its history.</summary>
    public async Task<bool> MaySeeAsync(Actor actor, Article article, Site site, CancellationToken cancellationToken)
        => await IsReviewerAsync(site, cancellationToken)
            || await IsConfidentialityReviewerAsync(site, cancellationToken)
            || await IsEditorAsync(actor, article, cancellationToken);

    private async Task<bool> InScopeAsync(string permission, Site site, CancellationToken cancellationToken)
        => (await scope.ForPermissionAsync(permission, cancellationToken)).Contains(site.DepartmentId);
}

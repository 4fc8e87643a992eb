using EGov.Platform.Inbox;
using EGov.Platform.Organization;
using EGov.Portal.Contracts;
using EGov.Portal.Domain.Articles;
using EGov.Portal.Domain.Sites;
using Microsoft.Extensions.Options;

namespace EGov.Portal.Workflow;

/// <summary>The to-do items (待办) of the editorial workflow, added and completed in the caller's unit of work.</summary>
internal sealed class WorkflowInbox(IWorkItems workItems, IOrganizationDirectory directory, IOptions<WorkflowOptions> options)
{
    public const string Module = "portal";
    public const string ReviewKind = "article.review";
    public const string ConfidentialityKind = "article.confidentiality_review";
    public const string ReviseKind = "article.revise";
    public const string PushKind = "reference.decide";

    public void AskForReview(Article article, Site site)
        => workItems.Add(new NewWorkItem(Module, ReviewKind, $"审核稿件：{article.Title}", WorkflowUrls.Review(article.Id), CaseOf(article),
            WorkItemAssignee.DepartmentRole(site.DepartmentId, PortalPermissions.Review)));

    public async Task AskForConfidentialityReviewAsync(Article article, Site site, CancellationToken cancellationToken)
    {
        var code = options.Value.ConfidentialityReviewDepartment;
        var department = string.IsNullOrWhiteSpace(code) ? null : await directory.FindByCodeAsync(code, cancellationToken);
        workItems.Add(new NewWorkItem(Module, ConfidentialityKind, $"保密审查：{article.Title}", WorkflowUrls.ConfidentialityReview(article.Id), CaseOf(article),
            WorkItemAssignee.DepartmentRole(department?.Id ?? site.DepartmentId, PortalPermissions.ConfidentialityReview)));
    }

    public void AskAuthorToRevise(Article article)
        => workItems.Add(new NewWorkItem(Module, ReviseKind, $"修改退回稿件：{article.Title}", WorkflowUrls.Submit(article.Id), CaseOf(article),
            WorkItemAssignee.Person(article.CreatedBy)));

    public void AskToDecidePush(ArticleReference reference, Article article, Site portal)
        => workItems.Add(new NewWorkItem(Module, PushKind, $"处理推送稿件：{article.Title}", WorkflowUrls.Push(reference.Id), reference.Id.ToString(),
            WorkItemAssignee.DepartmentRole(portal.DepartmentId, PortalPermissions.Review)));

    /// <summary>Completes the article's open items of one kind, or all of them.</summary>
    public Task CompleteAsync(Article article, string? kind, Guid? by, CancellationToken cancellationToken)
        => workItems.CompleteAsync(Module, CaseOf(article), kind, by, cancellationToken);

    public Task CompletePushAsync(Guid referenceId, Guid? by, CancellationToken cancellationToken)
        => workItems.CompleteAsync(Module, referenceId.ToString(), PushKind, by, cancellationToken);

    private static string CaseOf(Article article) => article.Id.ToString();
}

using EGov.Disclosure.Contracts;
using EGov.Disclosure.Domain.Catalog;
using EGov.Platform.Inbox;

namespace EGov.Disclosure.Catalog.Workflow;

/// <summary>The to-do items of the catalog workflow, for a role in the item's disclosure office.</summary>
internal sealed class CatalogInbox(IWorkItems workItems)
{
    public const string ReviewKind = "catalog.confidentiality_review";
    public const string PublishKind = "catalog.publish";
    public const string ReviseKind = "catalog.revise";

    public void AskForReview(CatalogItem item)
        => Add(item, ReviewKind, $"保密审查：{item.Title}", $"/office/disclosure/catalog/{item.Id}/review", DisclosurePermissions.ConfidentialityReview);

    public void AskToPublish(CatalogItem item)
        => Add(item, PublishKind, $"发布公开信息：{item.Title}", $"/office/disclosure/catalog/{item.Id}", DisclosurePermissions.Catalog);

    public void AskToRevise(CatalogItem item)
        => Add(item, ReviseKind, $"修改退回的公开信息：{item.Title}", $"/office/disclosure/catalog/{item.Id}/edit", DisclosurePermissions.Catalog);

    /// <summary>Completes the open items of the catalog item (all kinds: each step replaces the previous one's).</summary>
    public Task CompleteAsync(CatalogItem item, Guid? by, CancellationToken cancellationToken)
        => workItems.CompleteAsync(DisclosureClocks.Module, item.Id.ToString(), null, by, cancellationToken);

    private void Add(CatalogItem item, string kind, string title, string url, string permission)
        => workItems.Add(new NewWorkItem(DisclosureClocks.Module, kind, title, url, item.Id.ToString(),
            WorkItemAssignee.DepartmentRole(item.OfficeDepartmentId, permission), ClockId: item.ClockId));
}

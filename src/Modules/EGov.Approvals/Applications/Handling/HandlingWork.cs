using EGov.Approvals.Contracts;
using EGov.Approvals.Domain.Applications;
using EGov.Platform.Inbox;

namespace EGov.Approvals.Applications.Handling;

/// <summary>
/// Moves an application's to-do items along with its state: the open items are completed and the next one goes to whoever
/// holds the permission for the next step in the application's department.
/// </summary>
internal sealed class HandlingWork(IWorkItems items)
{
    public const string PreReview = "application.pre_review";
    public const string AwaitCorrection = "application.await_correction";
    public const string Review = "application.review";
    public const string Decide = "application.decide";
    public const string ApproveExtension = "application.approve_extension";
    public const string Issue = "application.issue";
    public const string Deliver = "application.deliver";
    public const string Conclude = "application.conclude";

    /// <summary>Completes every open item of the application and adds the one its state calls for (none once closed).</summary>
    public async Task MoveAsync(HandlingCase handled, Guid? actorId, CancellationToken cancellationToken, string? next = null)
    {
        var application = handled.Application;
        var caseId = application.Id.ToString();
        await items.CompleteAsync(ApprovalsClocks.Module, caseId, null, actorId, cancellationToken);
        if ((next is null ? Next(application.State) : Of(next)) is not { } item)
        {
            return;
        }

        var clock = item.Kind is PreReview ? handled.PreReview : handled.Step ?? handled.Statutory ?? handled.Promised;
        items.Add(new NewWorkItem(
            ApprovalsClocks.Module,
            item.Kind,
            $"{item.Title}：{application.Number} {application.ItemName}",
            ApprovalsClocks.CaseUrl(ApprovalsClocks.Step, caseId),
            caseId,
            WorkItemAssignee.DepartmentRole(application.DepartmentId, item.Permission),
            item.Kind is AwaitCorrection ? null : clock?.DueDate,
            item.Kind is AwaitCorrection ? null : clock?.Id));
    }

    /// <summary>Adds an item beside the open ones (e.g. an extension to approve while the review goes on).</summary>
    public void Add(HandlingCase handled, string kind)
    {
        var application = handled.Application;
        var item = Of(kind)!.Value;
        var caseId = application.Id.ToString();
        items.Add(new NewWorkItem(
            ApprovalsClocks.Module, kind, $"{item.Title}：{application.Number} {application.ItemName}", ApprovalsClocks.CaseUrl(ApprovalsClocks.Step, caseId),
            caseId, WorkItemAssignee.DepartmentRole(application.DepartmentId, item.Permission), handled.Statutory?.DueDate, handled.Statutory?.Id));
    }

    public Task CompleteAsync(HandlingCase handled, string kind, Guid? actorId, CancellationToken cancellationToken)
        => items.CompleteAsync(ApprovalsClocks.Module, handled.Id.ToString(), kind, actorId, cancellationToken);

    private static (string Kind, string Permission, string Title)? Next(ApplicationState state) => state switch
    {
        ApplicationState.Submitted => Of(PreReview),
        ApplicationState.AwaitingCorrection => Of(AwaitCorrection),
        ApplicationState.UnderReview => Of(Review),
        ApplicationState.Decided => Of(Issue),
        ApplicationState.ResultProduced => Of(Deliver),
        ApplicationState.Delivered => Of(Conclude),
        _ => null,
    };

    private static (string Kind, string Permission, string Title)? Of(string kind) => kind switch
    {
        PreReview => (kind, ApprovalsPermissions.Accept, "预审办件"),
        AwaitCorrection => (kind, ApprovalsPermissions.Accept, "等待申请人补正材料"),
        Review => (kind, ApprovalsPermissions.Review, "审查办件"),
        Decide => (kind, ApprovalsPermissions.Decide, "作出审批决定"),
        ApproveExtension => (kind, ApprovalsPermissions.ApproveExtension, "审批延长办理期限"),
        Issue => (kind, ApprovalsPermissions.Issue, "制证（出具审批结果）"),
        Deliver => (kind, ApprovalsPermissions.Issue, "送达审批结果"),
        Conclude => (kind, ApprovalsPermissions.Issue, "办结"),
        _ => null,
    };
}

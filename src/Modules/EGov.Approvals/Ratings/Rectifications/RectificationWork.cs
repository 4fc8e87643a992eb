using EGov.Approvals.Contracts;
using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Ratings;
using EGov.Platform.Clocks;
using EGov.Platform.Inbox;

namespace EGov.Approvals.Ratings.Rectifications;

/// <summary>The to-do items of a rectification: the department's rectification, the reviewers' appeal.</summary>
internal static class RectificationWork
{
    public const string Rectify = "rectification";
    public const string Appeal = "rectification.appeal";

    public static string Url(Guid rectificationId) => ApprovalsClocks.CaseUrl(ApprovalsClocks.Rectification, rectificationId.ToString());

    public static NewWorkItem ForDepartment(Rectification rectification, Application application, StatutoryClock clock)
        => new(
            ApprovalsClocks.Module,
            Rectify,
            $"差评整改：{application.ItemName}（{application.Number}）",
            Url(rectification.Id),
            rectification.Id.ToString(),
            WorkItemAssignee.DepartmentRole(rectification.DepartmentId, ApprovalsPermissions.Rectify),
            clock.DueDate,
            clock.Id);

    public static NewWorkItem ForReviewers(Rectification rectification, Application application, Guid reviewDepartmentId)
        => new(
            ApprovalsClocks.Module,
            Appeal,
            $"差评申诉复核：{application.ItemName}（{application.Number}）",
            Url(rectification.Id),
            rectification.Id.ToString(),
            WorkItemAssignee.DepartmentRole(reviewDepartmentId, ApprovalsPermissions.View));
}

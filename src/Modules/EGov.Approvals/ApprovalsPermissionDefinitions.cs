using EGov.Approvals.Contracts;
using EGov.Platform.Identity.Permissions;

namespace EGov.Approvals;

internal static class ApprovalsPermissionDefinitions
{
    private const string Group = "政务服务与行政审批";

    public static IReadOnlyList<PermissionDefinition> All { get; } =
    [
        new(ApprovalsPermissions.Catalog, "政务服务事项管理", Group),
        new(ApprovalsPermissions.WindowIntake, "窗口收件登记（一窗受理）", Group),
        new(ApprovalsPermissions.Accept, "预审、补正告知、受理与不予受理", Group),
        new(ApprovalsPermissions.Review, "审查与特别程序", Group),
        new(ApprovalsPermissions.Decide, "审批决定", Group),
        new(ApprovalsPermissions.ApproveExtension, "延长审批期限（机关负责人）", Group),
        new(ApprovalsPermissions.Issue, "制证、送达与办结", Group),
        new(ApprovalsPermissions.Licences, "电子证照管理与注销", Group),
        new(ApprovalsPermissions.Rectify, "差评回访与整改", Group),
        new(ApprovalsPermissions.View, "查看办件、评价和统计", Group),
    ];
}

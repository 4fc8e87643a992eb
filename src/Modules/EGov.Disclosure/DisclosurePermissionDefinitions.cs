using EGov.Disclosure.Contracts;
using EGov.Platform.Identity.Permissions;

namespace EGov.Disclosure;

internal static class DisclosurePermissionDefinitions
{
    private const string Group = "政府信息公开";

    public static IReadOnlyList<PermissionDefinition> All { get; } =
    [
        new(DisclosurePermissions.Catalog, "信息编目与发布", Group),
        new(DisclosurePermissions.ConfidentialityReview, "公开前保密审查", Group),
        new(DisclosurePermissions.Handle, "依申请公开登记与办理", Group),
        new(DisclosurePermissions.Review, "依申请公开答复审核", Group),
        new(DisclosurePermissions.SignOff, "依申请公开答复签发", Group),
        new(DisclosurePermissions.ApproveExtension, "延期答复审批（公开工作机构负责人）", Group),
        new(DisclosurePermissions.Manage, "公开指南、目录分类、告知书模板和年度报告", Group),
        new(DisclosurePermissions.View, "查看信息公开办理情况和统计", Group),
    ];
}

using EGov.Platform.Identity.Permissions;
using EGov.Portal.Contracts;

namespace EGov.Portal;

internal static class PortalPermissionDefinitions
{
    private const string Group = "门户网站群";

    public static IReadOnlyList<PermissionDefinition> All { get; } =
    [
        new(PortalPermissions.Edit, "编辑稿件（限被授权的站点和栏目）", Group),
        new(PortalPermissions.Review, "审核稿件、退回、撤稿", Group),
        new(PortalPermissions.ConfidentialityReview, "保密审查", Group),
        new(PortalPermissions.Manage, "管理站点、栏目、首页区块和编辑授权", Group),
        new(PortalPermissions.Monitor, "查看网站统计和健康检查", Group),
    ];
}

using EGov.Oversight.Contracts;
using EGov.Platform.Identity;
using EGov.Platform.Identity.Permissions;

namespace EGov.Oversight;

internal static class OversightPermissionDefinitions
{
    private const string Group = "电子监察";

    public static IReadOnlyList<PermissionDefinition> All { get; } =
    [
        new(OversightPermissions.Watch, "监察看板、黄牌红牌与异常查看、办件只读查看", Group),
        new(OversightPermissions.Supervise, "督办、红牌处理决定", Group),
        new(OversightPermissions.Answer, "本部门黄牌红牌与异常的整改说明", Group),
        new(OversightPermissions.Report, "监察统计、排名与月度报告", Group),
        new(OversightPermissions.Rules, "设置电子监察规则与预警阈值", Group, AdminRoles.SecurityAdmin),
    ];
}

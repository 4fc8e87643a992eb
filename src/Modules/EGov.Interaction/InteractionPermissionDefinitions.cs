using EGov.Interaction.Contracts;
using EGov.Platform.Identity.Permissions;

namespace EGov.Interaction;

internal static class InteractionPermissionDefinitions
{
    private const string Group = "互动交流";

    public static IReadOnlyList<PermissionDefinition> All { get; } =
    [
        new(InteractionPermissions.Dispatch, "信件登记、审核放行、分办、合并、批准延期与公开", Group),
        new(InteractionPermissions.Handle, "信件签收、办理、拟答复、申请延期与退回", Group),
        new(InteractionPermissions.Review, "答复审核", Group),
        new(InteractionPermissions.Manage, "信箱、分办规则、答复模板、敏感词与 Open311 客户端管理", Group),
        new(InteractionPermissions.Consult, "意见征集、在线调查与在线访谈", Group),
        new(InteractionPermissions.View, "查看信件与互动统计", Group),
    ];
}

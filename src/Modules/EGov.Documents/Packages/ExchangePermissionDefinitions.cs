using EGov.Documents.Contracts;
using EGov.Platform.Identity.Permissions;

namespace EGov.Documents.Packages;

internal static class ExchangePermissionDefinitions
{
    public static IReadOnlyList<PermissionDefinition> All { get; } =
    [
        new(DocumentsPermissions.Exchange, "跨网公文交换：交换证书、外部单位登记、交换包导出与导入", "公文"),
    ];
}

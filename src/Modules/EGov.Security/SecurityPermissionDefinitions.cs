using EGov.Platform.Identity;
using EGov.Platform.Identity.Permissions;
using EGov.Security.Contracts;

namespace EGov.Security;

internal static class SecurityPermissionDefinitions
{
    private const string Group = "安全管理";

    public static IReadOnlyList<PermissionDefinition> All { get; } =
    [
        new(SecurityPermissions.Seals, "电子印章管理：制作、注销印章，下载印章证书", Group, AdminRoles.SecurityAdmin),
    ];
}

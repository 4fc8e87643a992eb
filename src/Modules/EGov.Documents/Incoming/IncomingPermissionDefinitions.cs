using EGov.Platform.Identity.Permissions;

namespace EGov.Documents.Incoming;

internal static class IncomingPermissionDefinitions
{
    private const string Group = "公文";

    public static IReadOnlyList<PermissionDefinition> All { get; } =
    [
        new(IncomingPermissions.Receive, "收文签收、登记、初审、拟办、传阅、催办、归档（文书）", Group),
        new(IncomingPermissions.Instruct, "收文批办（领导）", Group),
        new(IncomingPermissions.Handle, "收文承办、协办、办结", Group),
    ];
}

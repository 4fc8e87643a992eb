namespace EGov.Platform.Identity;

/// <summary>
/// 三员 (等保 8.1.5): three built-in roles with disjoint powers, none with business permissions.
/// An account holds at most one of them and then no business role.
/// </summary>
public static class AdminRoles
{
    public const string SystemAdmin = "sysadmin";
    public const string SecurityAdmin = "secadmin";
    public const string AuditAdmin = "auditadmin";

    public static IReadOnlyList<string> Codes { get; } = [SystemAdmin, SecurityAdmin, AuditAdmin];

    public static AccountKind KindOf(string code) => code switch
    {
        SystemAdmin => AccountKind.SystemAdmin,
        SecurityAdmin => AccountKind.SecurityAdmin,
        AuditAdmin => AccountKind.AuditAdmin,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "不是管理员角色"),
    };

    public static string NameOf(string code) => AccountKinds.NameOf(KindOf(code));
}

namespace EGov.Platform.Identity;

public static class AccountKinds
{
    public static bool IsAdministrator(this AccountKind kind)
        => kind is AccountKind.SystemAdmin or AccountKind.SecurityAdmin or AccountKind.AuditAdmin;

    public static string NameOf(AccountKind kind) => kind switch
    {
        AccountKind.Staff => "工作人员",
        AccountKind.Citizen => "自然人",
        AccountKind.Enterprise => "法人",
        AccountKind.SystemAdmin => "系统管理员",
        AccountKind.SecurityAdmin => "安全管理员",
        AccountKind.AuditAdmin => "审计管理员",
        _ => "未知",
    };
}

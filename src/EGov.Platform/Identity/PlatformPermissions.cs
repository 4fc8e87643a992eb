using EGov.Platform.Identity.Permissions;

namespace EGov.Platform.Identity;

/// <summary>The platform's own permission names. The three administrators' powers are disjoint (三员分立, 等保 8.1.5).</summary>
public static class PlatformPermissions
{
    // 系统管理员: accounts, organization, system configuration.
    public const string AccountsManage = "accounts.manage";
    public const string DepartmentsManage = "departments.manage";
    public const string CalendarManage = "calendar.manage";

    // 安全管理员: roles, authorization, security policy, keys.
    public const string RolesManage = "roles.manage";
    public const string RolesAssign = "roles.assign";
    public const string PoliciesManage = "policies.manage";
    public const string SecurityKeysManage = "security.keys.manage";

    // 审计管理员: the audit log only.
    public const string AuditView = "audit.view";
    public const string AuditExport = "audit.export";

    // Business permissions of the shared kernel.
    public const string InboxUse = "inbox.use";
    public const string OrganizationView = "organization.view";
    public const string PersonalDataView = "personaldata.view";

    public static IReadOnlyList<PermissionDefinition> Definitions { get; } =
    [
        new(AccountsManage, "管理账号与岗位", "系统管理", AdminRoles.SystemAdmin),
        new(DepartmentsManage, "管理组织机构", "系统管理", AdminRoles.SystemAdmin),
        new(CalendarManage, "维护工作日历", "系统管理", AdminRoles.SystemAdmin),
        new(RolesManage, "管理角色与权限", "安全管理", AdminRoles.SecurityAdmin),
        new(RolesAssign, "分配角色", "安全管理", AdminRoles.SecurityAdmin),
        new(PoliciesManage, "设置安全策略", "安全管理", AdminRoles.SecurityAdmin),
        new(SecurityKeysManage, "管理密钥", "安全管理", AdminRoles.SecurityAdmin),
        new(AuditView, "查阅审计日志", "审计管理", AdminRoles.AuditAdmin),
        new(AuditExport, "导出审计日志", "审计管理", AdminRoles.AuditAdmin),
        new(InboxUse, "使用待办事项", "公共"),
        new(OrganizationView, "查看组织机构", "公共"),
        new(PersonalDataView, "查看未脱敏的个人信息", "公共"),
    ];
}

using EGov.Platform.Data;
using EGov.Platform.Identity.Roles;
using Microsoft.EntityFrameworkCore;

namespace EGov.Platform.Identity.Demo;

/// <summary>
/// DEMO DATA: the business roles the demo accounts hold. They start with the platform's permissions; each module's demo
/// seeder (order &gt; 20) adds its own with <see cref="GrantAsync"/>.
/// </summary>
public static class DemoRoles
{
    public const string Clerk = "clerk";
    public const string Leader = "leader";
    public const string WindowClerk = "window-clerk";
    public const string SectionChief = "section-chief";
    public const string Reviewer = "reviewer";
    public const string Supervisor = "supervisor";
    public const string Editor = "editor";
    public const string ConfidentialityReviewer = "confidentiality-reviewer";

    internal static IReadOnlyList<(string Code, string Name, string Description, string[] Permissions)> All { get; } =
    [
        (Clerk, "办事员", "科室工作人员：办理本部门事务", [PlatformPermissions.InboxUse, PlatformPermissions.OrganizationView]),
        (Leader, "领导", "审核、签发、批示", [PlatformPermissions.InboxUse, PlatformPermissions.OrganizationView]),
        (WindowClerk, "窗口受理员", "政务服务窗口受理、补正、出件", [PlatformPermissions.InboxUse, PlatformPermissions.OrganizationView, PlatformPermissions.PersonalDataView]),
        (SectionChief, "科长", "科室审核与分办", [PlatformPermissions.InboxUse, PlatformPermissions.OrganizationView, PlatformPermissions.PersonalDataView]),
        (Reviewer, "审核员", "审查申请材料", [PlatformPermissions.InboxUse, PlatformPermissions.OrganizationView]),
        (Supervisor, "电子监察员", "查看全区时限与统计，发出黄牌红牌", [PlatformPermissions.InboxUse, PlatformPermissions.OrganizationView]),
        (Editor, "网站编辑", "在被授权的站点和栏目中编辑、提交稿件", [PlatformPermissions.InboxUse, PlatformPermissions.OrganizationView]),
        (ConfidentialityReviewer, "保密审查员", "发布前的保密审查", [PlatformPermissions.InboxUse, PlatformPermissions.OrganizationView]),
    ];

    /// <summary>Adds permissions to a demo role; idempotent. For demo seeders only: the console is the way in production.</summary>
    public static async Task GrantAsync(EGovDbContext db, string roleCode, IEnumerable<string> permissions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var role = await db.Set<Role>().FirstOrDefaultAsync(r => r.Code == roleCode && !r.IsAdminRole, cancellationToken)
            ?? throw new InvalidOperationException($"演示角色 {roleCode} 不存在；身份演示数据须先写入。");
        var merged = role.Permissions.Union(permissions, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (!merged.SequenceEqual(role.Permissions))
        {
            role.Permissions = merged;
            role.Version++;
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}

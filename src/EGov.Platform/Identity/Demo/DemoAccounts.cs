using EGov.Platform.Organization.Scope;

namespace EGov.Platform.Identity.Demo;

/// <summary>One demo account as the README and the sign-in page list it.</summary>
public sealed record DemoAccount(string Role, string UserName, string Password, string Description);

/// <summary>
/// DEMO DATA: accounts created only in demo mode, all with the same fixed demo password. Outside demo mode no account
/// has a fixed password (等保 8.1.4.2 b).
/// </summary>
public static class DemoAccounts
{
    public const string Password = "Demo@2026";

    internal static IReadOnlyList<DemoStaff> Staff { get; } =
    [
        new("bgs.keyuan", "李文静", "办事员", "区政府办公室科员", [new("xlq-zfb", "科员", DemoRoles.Clerk, AssignmentScope.OwnDepartment)]),
        new("bgs.zhuren", "王建国", "领导", "区政府办公室主任", [new("xlq-zfb", "主任", DemoRoles.Leader, AssignmentScope.OwnDepartment)]),
        new("zwfw.chuangkou", "陈晓燕", "窗口受理员", "区政务服务局综合窗口受理员", [new("xlq-zwfw", "科员", DemoRoles.WindowClerk, AssignmentScope.OwnDepartment)]),
        new("zwfw.kezhang", "刘志强", "科长", "区政务服务局审批服务科科长", [new("xlq-zwfw", "科长", DemoRoles.SectionChief, AssignmentScope.OwnDepartment)]),
        new("scjg.shenhe", "赵敏", "审核员", "区市场监管局登记注册审核员", [new("xlq-scjg", "科员", DemoRoles.Reviewer, AssignmentScope.OwnDepartment)]),
        new("xljd.zhuren", "孙丽", "领导", "西陵街道办事处主任，范围含下属社区", [new("xlq-xljd", "主任", DemoRoles.Leader, AssignmentScope.DepartmentAndChildren)]),
        new("quzhang", "周明", "领导", "区长，全区范围", [new("xlq", "区长", DemoRoles.Leader, AssignmentScope.WholeDistrict)]),
        new("shuanggang", "吴海", "科长 / 办事员", "发改局科长，兼在区政务服务局窗口工作（两个岗位，可切换）",
        [
            new("xlq-fgw", "科长", DemoRoles.SectionChief, AssignmentScope.OwnDepartment),
            new("xlq-zwfw", "科员", DemoRoles.WindowClerk, AssignmentScope.OwnDepartment),
        ]),
        new("xzsp.shouli", "黄丽", "窗口受理员", "区行政审批局受理窗口，负责本局事项的预审、受理、送达", [new("xlq-xzsp", "科员", DemoRoles.WindowClerk, AssignmentScope.OwnDepartment)]),
        new("xzsp.kezhang", "马骏", "科长", "区行政审批局审批科科长，负责审查、决定和事项管理", [new("xlq-xzsp", "科长", DemoRoles.SectionChief, AssignmentScope.OwnDepartment)]),
        new("xzsp.juzhang", "高洁", "领导", "区行政审批局局长，审批延长期限", [new("xlq-xzsp", "局长", DemoRoles.Leader, AssignmentScope.OwnDepartment)]),
        new("scjg.banli", "钱芳", "办事员", "区市场监管局信件办理员，签收、办理、答复转来的信件", [new("xlq-scjg", "科员", DemoRoles.Clerk, AssignmentScope.OwnDepartment)]),
        new("scjg.juzhang", "林涛", "领导", "区市场监管局局长，审核本局信件答复", [new("xlq-scjg", "局长", DemoRoles.Leader, AssignmentScope.OwnDepartment)]),
        new("bgs.bianji", "何佳", "网站编辑", "区政府办公室网站编辑，负责区门户网站", [new("xlq-zfb", "网站编辑", DemoRoles.Editor, AssignmentScope.OwnDepartment)]),
        new("scjg.bianji", "冯雪", "网站编辑", "区市场监管局网站编辑，负责本局子站", [new("xlq-scjg", "网站编辑", DemoRoles.Editor, AssignmentScope.OwnDepartment)]),
        new("baomi", "邓伟", "保密审查员", "区政府办公室保密审查员，审查全区网站稿件", [new("xlq-zfb", "保密审查员", DemoRoles.ConfidentialityReviewer, AssignmentScope.WholeDistrict)]),
        new("jiancha", "郑刚", "电子监察员", "区政府办公室电子监察员，全区只读范围", [new("xlq-zfb", "电子监察员", DemoRoles.Supervisor, AssignmentScope.WholeDistrict)]),
    ];

    internal static (string UserName, string Name, string ResidentIdNumber, string Mobile) Citizen { get; } =
        ("shimin", "张三", "420502199001011238", "13800000001");

    internal static (string UserName, string Name, string CreditCode, string Representative, string Mobile) Enterprise { get; } =
        ("qiye", "宜昌西陵示例科技有限公司", "91420502MA4XL00012", "李四", "13800000002");

    // Declared after the lists it reads: static initializers run in textual order.
    public static IReadOnlyList<DemoAccount> All { get; } =
    [
        .. Staff.Select(s => new DemoAccount(s.RoleLabel, s.UserName, Password, s.Description)),
        new("系统管理员", AdminRoles.SystemAdmin, Password, "账号、组织机构、工作日历；不能分配角色，不能查看审计日志"),
        new("安全管理员", AdminRoles.SecurityAdmin, Password, "角色、权限、角色分配、安全策略、密钥；不能创建账号"),
        new("审计管理员", AdminRoles.AuditAdmin, Password, "只能查阅和导出审计日志"),
        new("自然人", Citizen.UserName, Password, $"市民{Citizen.Name}，也可用手机号 {Citizen.Mobile} 登录"),
        new("法人", Enterprise.UserName, Password, $"{Enterprise.Name}，也可用手机号 {Enterprise.Mobile} 登录"),
    ];
}

internal sealed record DemoStaff(string UserName, string Name, string RoleLabel, string Description, IReadOnlyList<DemoPosition> Positions);

internal sealed record DemoPosition(string DepartmentCode, string Title, string RoleCode, AssignmentScope Scope);

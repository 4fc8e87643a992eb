using EGov.Platform.Organization.Departments;

namespace EGov.Platform.Organization.Demo;

internal sealed record DemoDepartment(string Code, string Name, string ShortName, DepartmentKind Kind, string? ParentCode);

/// <summary>
/// DEMO DATA: the organization of Xiling District (西陵区) for demo mode only. Unit names follow the district's plan in
/// <c>seed/</c> and the usual line-up of a district government; the communities are illustrative.
/// </summary>
internal static class XilingOrganization
{
    public const string Root = "xlq";

    private const DepartmentKind Dept = DepartmentKind.GovernmentDepartment;
    private const DepartmentKind Street = DepartmentKind.Street;
    private const DepartmentKind Community = DepartmentKind.Community;
    private const DepartmentKind Other = DepartmentKind.Other;

    public static IReadOnlyList<DemoDepartment> All { get; } =
    [
        new(Root, "西陵区人民政府", "区政府", DepartmentKind.DistrictGovernment, null),
        new("xlq-zfb", "西陵区人民政府办公室", "区政府办", Dept, Root),
        new("xlq-fgw", "西陵区发展和改革局", "区发改局", Dept, Root),
        new("xlq-jyj", "西陵区教育局", "区教育局", Dept, Root),
        new("xlq-kjj", "西陵区科学技术和经济信息化局", "区科经信局", Dept, Root),
        new("xlq-gaj", "宜昌市公安局西陵区分局", "西陵公安分局", Dept, Root),
        new("xlq-mzj", "西陵区民政局", "区民政局", Dept, Root),
        new("xlq-sfj", "西陵区司法局", "区司法局", Dept, Root),
        new("xlq-czj", "西陵区财政局", "区财政局", Dept, Root),
        new("xlq-rsj", "西陵区人力资源和社会保障局", "区人社局", Dept, Root),
        new("xlq-zrzy", "宜昌市自然资源和规划局西陵分局", "自然资源和规划西陵分局", Dept, Root),
        new("xlq-sthj", "宜昌市生态环境局西陵区分局", "生态环境西陵分局", Dept, Root),
        new("xlq-zjj", "西陵区住房和城乡建设局", "区住建局", Dept, Root),
        new("xlq-cgj", "西陵区城市管理执法局", "区城管执法局", Dept, Root),
        new("xlq-jtj", "西陵区交通运输局", "区交通运输局", Dept, Root),
        new("xlq-slj", "西陵区水利和湖泊局", "区水利局", Dept, Root),
        new("xlq-nyj", "西陵区农业农村局", "区农业农村局", Dept, Root),
        new("xlq-swj", "西陵区商务局", "区商务局", Dept, Root),
        new("xlq-wlj", "西陵区文化和旅游局", "区文旅局", Dept, Root),
        new("xlq-wjj", "西陵区卫生健康局", "区卫健局", Dept, Root),
        new("xlq-tyjr", "西陵区退役军人事务局", "区退役军人事务局", Dept, Root),
        new("xlq-yjj", "西陵区应急管理局", "区应急局", Dept, Root),
        new("xlq-sjj", "西陵区审计局", "区审计局", Dept, Root),
        new("xlq-gzj", "西陵区国有资产监督管理局", "区国资局", Dept, Root),
        new("xlq-scjg", "西陵区市场监督管理局", "区市场监管局", Dept, Root),
        new("xlq-tjj", "西陵区统计局", "区统计局", Dept, Root),
        new("xlq-ybj", "西陵区医疗保障局", "区医保局", Dept, Root),
        new("xlq-zwfw", "西陵区政务服务和大数据管理局", "区政务服务局", Dept, Root),
        new("xlq-xzsp", "西陵区行政审批局", "区行政审批局", Dept, Root),
        new("xlq-xfj", "西陵区信访局", "区信访局", Dept, Root),
        new("xlq-mzzj", "西陵区民族宗教事务局", "区民宗局", Dept, Root),
        new("xlq-jrj", "西陵区地方金融工作局", "区金融局", Dept, Root),
        new("xlq-rfb", "西陵区人民防空办公室", "区人防办", Dept, Root),
        new("xlq-jgsw", "西陵区机关事务服务中心", "区机关事务中心", Other, Root),
        new("xlq-dag", "西陵区档案馆", "区档案馆", Other, Root),
        new("xlq-rmt", "西陵区融媒体中心", "区融媒体中心", Other, Root),
        new("xlq-shuiwu", "国家税务总局宜昌市西陵区税务局", "西陵区税务局", Other, Root),
        new("xlq-jfq", "西陵经济发展区管理委员会", "西陵经发区", Other, Root),
        new("xlq-xljd", "西陵区西陵街道办事处", "西陵街道", Street, Root),
        new("xlq-xyjd", "西陵区学院街道办事处", "学院街道", Street, Root),
        new("xlq-yjjd", "西陵区云集街道办事处", "云集街道", Street, Root),
        new("xlq-xbjd", "西陵区西坝街道办事处", "西坝街道", Street, Root),
        new("xlq-gzbjd", "西陵区葛洲坝街道办事处", "葛洲坝街道", Street, Root),
        new("xlq-ymzjd", "西陵区夜明珠街道办事处", "夜明珠街道", Street, Root),
        new("xlq-dyjd", "西陵区东苑街道办事处", "东苑街道", Street, Root),
        new("xlq-byjd", "西陵区北苑街道办事处", "北苑街道", Street, Root),
        new("xlq-nyjd", "西陵区南苑街道办事处", "南苑街道", Street, Root),
        new("xlq-ywjd", "西陵区窑湾街道办事处", "窑湾街道", Street, Root),
        new("xlq-xljd-slsq", "西陵街道胜利社区居民委员会", "胜利社区", Community, "xlq-xljd"),
        new("xlq-xljd-zhsq", "西陵街道珠海社区居民委员会", "珠海社区", Community, "xlq-xljd"),
        new("xlq-xljd-tlbsq", "西陵街道铁路坝社区居民委员会", "铁路坝社区", Community, "xlq-xljd"),
        new("xlq-xyjd-qhlsq", "学院街道樵湖岭社区居民委员会", "樵湖岭社区", Community, "xlq-xyjd"),
        new("xlq-xyjd-dssq", "学院街道东山社区居民委员会", "东山社区", Community, "xlq-xyjd"),
    ];
}

namespace EGov.Disclosure.Catalog.Categories;

/// <summary>A default category: a short name for menus, the article's full wording, its legal basis.</summary>
internal sealed record DefaultCategory(string Code, string Name, string Description, string LegalBasis);

/// <summary>
/// The mandatory proactive categories: the 15 items of 条例 第二十条 (every agency) and the 7 of 第二十一条
/// (设区的市级、县级人民政府及其部门, so a district government), as disclosure.md §1.1 words them.
/// </summary>
internal static class DefaultCategories
{
    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"];

    private static readonly (string Name, string Text)[] Article20 =
    [
        ("规章和规范性文件", "行政法规、规章和规范性文件"),
        ("机构职能", "机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名"),
        ("规划信息", "国民经济和社会发展规划、专项规划、区域规划及相关政策"),
        ("统计信息", "国民经济和社会发展统计信息"),
        ("行政许可和服务事项", "办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果"),
        ("行政处罚和行政强制", "实施行政处罚、行政强制的依据、条件、程序以及本机关认为具有一定社会影响的行政处罚决定"),
        ("财政预算决算", "财政预算、决算信息"),
        ("行政事业性收费", "行政事业性收费项目及其依据、标准"),
        ("政府集中采购", "政府集中采购项目的目录、标准及实施情况"),
        ("重大建设项目", "重大建设项目的批准和实施情况"),
        ("民生政策措施", "扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况"),
        ("应急管理", "突发公共事件的应急预案、预警信息及应对情况"),
        ("监督检查", "环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况"),
        ("公务员招考", "公务员招考的职位、名额、报考条件等事项以及录用结果"),
        ("其他主动公开信息", "法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息"),
    ];

    private static readonly string[] Article21 = ["市政建设", "公共服务", "公益事业", "土地征收", "房屋征收", "治安管理", "社会救助"];

    public static IReadOnlyList<DefaultCategory> All { get; } =
    [
        .. Article20.Select((c, i) => new DefaultCategory($"art20-{i + 1:00}", c.Name, c.Text, $"《条例》第二十条第（{Numerals[i]}）项")),
        .. Article21.Select((name, i) => new DefaultCategory(
            $"art21-{i + 1:00}", name, $"{name}方面的政府信息（设区的市级、县级人民政府及其部门重点公开）", "《条例》第二十一条")),
    ];
}

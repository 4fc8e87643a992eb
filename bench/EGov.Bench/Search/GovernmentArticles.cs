using EGov.Portal.Contracts.Search;

namespace EGov.Bench.Search;

/// <summary>Synthetic Chinese government articles, the same for every run (fixed seed), built from real service phrases.</summary>
internal static class GovernmentArticles
{
    public static readonly string[] Topics =
    [
        "医保", "社保", "营业执照", "公积金", "不动产登记", "户籍", "居住证", "养老保险", "失业保险", "工伤保险", "最低生活保障",
        "残疾人补贴", "高龄津贴", "义务教育", "新生入学", "个体工商户", "食品经营许可", "建设工程", "消防安全", "安全生产",
        "生态环境", "垃圾分类", "疫苗接种", "老旧小区改造", "稳岗补贴", "创业担保贷款", "人才公寓", "职称评审", "退役军人",
        "社会救助", "农村土地承包", "住房保障", "公租房", "出生医学证明", "婚姻登记", "机动车驾驶证", "出入境证件", "税务登记",
        "发票申领", "医疗救助", "家庭医生签约", "慢性病", "殡葬服务", "文物保护", "防汛抗旱", "森林防火", "河长制", "营商环境",
    ];

    public static readonly string[] Actions =
    [
        "办理", "缴费", "报销", "申请", "变更", "注销", "补办", "查询", "审批", "备案", "年检", "公示", "提取", "转移", "认定",
        "发放", "续期", "核验", "登记", "预约", "受理", "评估", "监督", "整改", "检查", "补贴", "减免", "调整", "延期", "结算",
    ];

    private static readonly string[] Departments =
    [
        "区人社局", "区医保局", "区市场监管局", "区住建局", "区自然资源局", "区民政局", "区教育局", "区卫健委", "区税务局",
        "区公安分局", "区应急管理局", "区生态环境分局", "区退役军人事务局", "区政务服务中心", "区人民政府办公室",
    ];

    private static readonly string[] Laws =
    [
        "中华人民共和国社会保险法", "优化营商环境条例", "中华人民共和国行政许可法", "不动产登记暂行条例", "住房公积金管理条例",
        "社会救助暂行办法", "中华人民共和国政府信息公开条例", "医疗保障基金使用监督管理条例",
    ];

    private static readonly string[] Places = ["政务服务大厅", "网上办事大厅", "“西陵通”移动端", "各街道便民服务中心", "社区服务站", "自助服务终端"];

    private static readonly string[] TitleForms =
    [
        "{d}关于{t}{a}的通知", "{t}{a}办事指南", "关于做好{t}{a}工作的通知", "{d}召开{t}工作推进会", "{t}{a}常见问题解答",
        "{y}年{t}工作情况通报", "{d}进一步优化{t}{a}服务", "《{t}{a}实施细则》政策解读",
    ];

    private static readonly string[] Sentences =
    [
        "根据《{l}》有关规定，{t}{a}实行一次告知、限时办结。",
        "群众可通过{p}{a}{t}业务，材料齐全的当场受理。",
        "{d}将进一步优化{t}服务流程，压缩{a}时限，提高群众满意度。",
        "{y}年以来，全区累计{a}{t}事项{n}件，按时办结率达到百分之百。",
        "申请人应当如实提交身份证明和相关材料，对材料的真实性负责。",
        "对不符合条件的申请，工作人员应当一次性告知需要补正的全部内容。",
        "{t}{a}不收取任何费用，请勿轻信中介和非官方渠道。",
        "如有疑问，可拨打政务服务热线12345咨询{t}相关政策。",
        "{d}联合各街道开展{t}专项检查，发现问题立即督促整改。",
        "本通知自印发之日起施行，此前规定与本通知不一致的，以本通知为准。",
    ];

    public static IEnumerable<SearchDocument> Generate(int count, int seed = 20261128)
    {
        var random = new Random(seed);
        var start = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < count; i++)
        {
            var topic = Pick(random, Topics);
            var action = Pick(random, Actions);
            var title = Fill(Pick(random, TitleForms), random, topic, action);
            var body = string.Concat(Enumerable.Range(0, random.Next(6, 14)).Select(_ => Fill(Pick(random, Sentences), random, Pick(random, Topics, topic), Pick(random, Actions, action))));
            yield return new SearchDocument($"article:{i}", SearchTypes.Article, title, body, $"/articles/{i}", start.AddMinutes(random.Next(0, 3_000_000)))
            {
                SiteCode = "s" + random.Next(0, 20).ToString(System.Globalization.CultureInfo.InvariantCulture),
                SiteName = Pick(random, Departments),
                ChannelCode = "gzdt",
                Keywords = $"{topic},{action}",
            };
        }
    }

    /// <summary>Two-word queries as people type them: a service and what they want to do with it.</summary>
    public static IReadOnlyList<string> Queries(int count, int seed = 7)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => $"{Pick(random, Topics)} {Pick(random, Actions)}")];
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    // Half the sentences stay on the article's own subject, as real articles do.
    private static string Pick(Random random, string[] values, string own) => random.Next(2) == 0 ? own : Pick(random, values);

    private static string Fill(string form, Random random, string topic, string action) => form
        .Replace("{t}", topic, StringComparison.Ordinal)
        .Replace("{a}", action, StringComparison.Ordinal)
        .Replace("{d}", Pick(random, Departments), StringComparison.Ordinal)
        .Replace("{l}", Pick(random, Laws), StringComparison.Ordinal)
        .Replace("{p}", Pick(random, Places), StringComparison.Ordinal)
        .Replace("{y}", random.Next(2020, 2027).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{n}", random.Next(100, 90000).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}

using EGov.Portal.Domain.Articles;

namespace EGov.Portal.PublicSite.Demo;

/// <summary>DEMO DATA: department sub-sites and their articles; one 区市场监管局 article pushed to the portal.</summary>
internal static class SubSiteDemoContent
{
    /// <summary>(site code, department code) of the demo sub-sites.</summary>
    public static IReadOnlyList<(string Site, string Department)> Sites { get; } =
    [
        ("scjg", "xlq-scjg"), ("jyj", "xlq-jyj"), ("wjj", "xlq-wjj"), ("rsj", "xlq-rsj"), ("mzj", "xlq-mzj"), ("zjj", "xlq-zjj"),
    ];

    public static IReadOnlyList<DemoArticle> Articles { get; } =
    [
        new("scjg-gk", "scjg", "jggk", ArticleType.Page, "区市场监督管理局机构概况", 200,
            "区市场监督管理局负责全区市场综合监督管理、市场主体登记注册、食品安全监督管理、特种设备安全监察、知识产权保护等工作。") { Source = "区市场监管局", Editor = "scjg.bianji" },
        new("scjg-d1", "scjg", "gzdt", ArticleType.News, "区市场监管局开展节前食品安全专项检查", 1,
            "节日前夕，区市场监管局组织执法人员对辖区商超、农贸市场和餐饮单位开展食品安全专项检查，重点检查节令食品的进货查验和标签标识。|检查中发现的问题已责令整改。")
        { Source = "区市场监管局", Editor = "scjg.bianji", Keywords = "食品安全", PushToPortalChannel = "bmdt" },
        new("scjg-d2", "scjg", "gzdt", ArticleType.News, "个体工商户登记实现全程网办", 11,
            "个体工商户设立、变更、注销登记可通过网上平台全程办理，申请人无需到窗口提交纸质材料。") { Source = "区市场监管局", Editor = "scjg.bianji", Keywords = "登记注册,网上办" },
        new("scjg-d3", "scjg", "gzdt", ArticleType.News, "区市场监管局开展电梯安全宣传进社区活动", 18,
            "工作人员向居民讲解电梯安全乘坐常识和困人时的正确处置方法。") { Source = "区市场监管局", Editor = "scjg.bianji" },
        new("scjg-t1", "scjg", "tzgg", ArticleType.Notice, "关于开展年度特种设备安全检查的通知", 45,
            "各特种设备使用单位：请按照要求开展自查，并于规定时间内报送自查情况。") { Source = "区市场监管局", Editor = "scjg.bianji" },
        new("scjg-t2", "scjg", "tzgg", ArticleType.Notice, "市场主体年度报告公示提醒", 100,
            "请各类市场主体按时通过国家企业信用信息公示系统报送并公示年度报告。") { Source = "区市场监管局", Editor = "scjg.bianji" },
        new("scjg-p1", "scjg", "zcwj", ArticleType.PolicyDocument, "西陵区食品小作坊登记管理办法", 120,
            "第一条　为加强食品小作坊监督管理，保障食品安全，制定本办法。|第二条　食品小作坊从事食品生产加工活动，应当依法取得登记证。")
        { Source = "区市场监管局", Editor = "scjg.bianji", DocumentNumber = "西陵市监发〔{Y}〕3号", Validity = PolicyValidity.Valid, Keywords = "食品小作坊" },
        new("scjg-j1", "scjg", "zcjd", ArticleType.Interpretation, "《西陵区食品小作坊登记管理办法》解读", 119,
            "一、哪些需要登记：从事食品生产加工、规模较小的小作坊。|二、怎么办理：向区市场监管局提交申请，材料齐全的当场受理。")
        { Source = "区市场监管局", Editor = "scjg.bianji", Interprets = "scjg-p1" },

        new("jyj-gk", "jyj", "jggk", ArticleType.Page, "区教育局机构概况", 200, "区教育局负责全区各级各类教育的统筹规划和管理工作。") { Source = "区教育局" },
        new("jyj-d1", "jyj", "gzdt", ArticleType.News, "区教育局部署新学年招生入学工作", 13, "区教育局召开会议，部署新学年义务教育招生入学工作，强调阳光招生、就近入学。") { Source = "区教育局" },
        new("wjj-gk", "wjj", "jggk", ArticleType.Page, "区卫生健康局机构概况", 200, "区卫生健康局负责全区卫生健康事业发展、公共卫生和医疗服务管理工作。") { Source = "区卫健局" },
        new("wjj-d1", "wjj", "gzdt", ArticleType.News, "家庭医生签约服务进社区", 6, "社区卫生服务中心组织家庭医生团队进社区，为居民提供签约咨询和健康指导。") { Source = "区卫健局" },
        new("rsj-gk", "rsj", "jggk", ArticleType.Page, "区人力资源和社会保障局机构概况", 200, "区人社局负责全区就业创业、社会保险、劳动关系和人才服务等工作。") { Source = "区人社局" },
        new("rsj-d1", "rsj", "gzdt", ArticleType.News, "区人社局开展根治欠薪专项行动", 9, "区人社局联合相关部门对在建工程项目开展工资支付情况检查。") { Source = "区人社局" },
        new("mzj-gk", "mzj", "jggk", ArticleType.Page, "区民政局机构概况", 200, "区民政局负责全区社会救助、养老服务、社区建设、婚姻登记等工作。") { Source = "区民政局" },
        new("mzj-d1", "mzj", "gzdt", ArticleType.News, "社区养老服务站新增助餐服务", 4, "部分社区养老服务站新增老年助餐服务，老年人可就近用餐。") { Source = "区民政局" },
        new("zjj-gk", "zjj", "jggk", ArticleType.Page, "区住房和城乡建设局机构概况", 200, "区住建局负责全区住房保障、城市建设、建筑市场监管等工作。") { Source = "区住建局" },
        new("zjj-d1", "zjj", "gzdt", ArticleType.News, "区住建局开展建筑工地扬尘治理检查", 7, "区住建局对在建工地开展扬尘治理专项检查，督促落实围挡、覆盖、冲洗等措施。") { Source = "区住建局" },
    ];

    /// <summary>Work in progress for the demo editors: a draft, one awaiting review and one awaiting 保密审查.</summary>
    public static IReadOnlyList<DemoArticle> InWorkflow { get; } =
    [
        new("draft1", "www", "yw", ArticleType.News, "（草稿）区政府召开重点项目建设推进会", 0,
            "区政府召开重点项目建设推进会，通报项目进展情况。") { Status = ArticleStatus.Draft },
        new("submitted1", "scjg", "gzdt", ArticleType.News, "区市场监管局开展计量器具专项检查", 0,
            "区市场监管局对农贸市场在用计量器具开展专项检查。") { Status = ArticleStatus.Submitted, Editor = "scjg.bianji", Source = "区市场监管局" },
        new("reviewed1", "www", "tzgg", ArticleType.Notice, "关于调整区政务服务中心部分窗口设置的通知", 0,
            "为优化办事流程，区政务服务中心对部分综合受理窗口进行调整。") { Status = ArticleStatus.Reviewed, Source = "西陵区人民政府办公室" },
    ];
}

using EGov.Portal.Domain.Articles;

namespace EGov.Portal.PublicSite.Demo;

/// <summary>DEMO DATA: the portal's overview pages, news, department news, notices and data releases. Invented events, no real people.</summary>
internal static class PortalDemoNews
{
    private const string Www = "www";
    private const string Office = "西陵区人民政府办公室";

    public static IReadOnlyList<DemoArticle> All { get; } =
    [
        new("gkxx", Www, "gkxx", ArticleType.Page, "西陵区概况", 200,
            "西陵区是宜昌市的中心城区，位于长江北岸、西陵峡口，是全市政治、经济、文化中心。|全区下辖街道和西陵经济发展区，商贸、金融、文化旅游和现代服务业较为集中。|本页为演示内容，数据以区统计部门正式发布为准。") { Source = Office },
        new("jgzn", Www, "jgzn", ArticleType.Page, "区人民政府办公室主要职能", 200,
            "负责区人民政府会议的组织工作，协助区政府领导组织会议决定事项的实施。|负责起草或审核以区人民政府、区人民政府办公室名义发布的公文。|负责督促检查区政府部门和街道办事处对区政府公文、会议决定事项的贯彻落实情况。|负责全区政府信息公开、政务公开和政府网站的统筹协调工作。") { Source = Office },
        new("fzrxx", Www, "fzrxx", ArticleType.Page, "区人民政府负责人", 200,
            "区长：主持区人民政府全面工作。|常务副区长：负责区政府常务工作，分管发展改革、财政、审计等方面工作。|副区长：分管教育、卫生健康、民政、人力资源和社会保障等方面工作。|本页为演示内容，不列出真实人员姓名。") { Source = Office },

        new("yw1", Www, "yw", ArticleType.News, "区政府召开常务会议 研究部署安全生产和防汛工作", 0.3,
            "日前，区政府召开常务会议，听取全区安全生产和防汛准备工作情况汇报，研究部署下一阶段重点工作。|会议要求，各部门要压紧压实安全生产责任，开展重点行业领域隐患排查整治，确保人民群众生命财产安全。|会议还研究了其他事项。") { Source = Office, Keywords = "常务会议,安全生产,防汛" },
        new("yw2", Www, "yw", ArticleType.News, "西陵区“一网通办”新增二十项高频事项", 1.5,
            "为进一步方便企业和群众办事，区政务服务和大数据管理局近日在“一网通办”平台新增二十项高频政务服务事项，涵盖社保、医保、市场主体登记等领域。|群众可通过门户网站“政务服务”栏目在线申请、查询办理进度，部分事项实现“零跑腿”。") { Source = "区政务服务局", Keywords = "一网通办,政务服务" },
        new("yw3", Www, "yw", ArticleType.News, "滨江公园步道改造完工 市民出行更便捷", 3,
            "滨江公园步道改造工程近日完工，新铺设透水步道，增设无障碍坡道和休息座椅。|改造后的步道与周边社区相连，为市民晨练、散步提供了更好的环境。") { Source = "区住建局", Keywords = "滨江公园,城市更新" },
        new("yw4", Www, "yw", ArticleType.News, "全区开展网格化服务 解决群众身边小事", 4.5,
            "各街道依托网格化管理，组织网格员走访居民，收集、办理群众反映的小区照明、道路破损等问题。|截至目前，已办结群众诉求数百件，群众满意率持续提升。") { Source = "区民政局", Keywords = "网格化,社区治理" },
        new("yw5", Www, "yw", ArticleType.News, "西陵区举办春季招聘会 提供岗位三千余个", 6,
            "区人力资源和社会保障局近日举办春季招聘会，组织辖区企业提供商贸、物流、信息技术等岗位三千余个。|现场设置政策咨询台，为求职者提供社保、就业补贴等政策解答。") { Source = "区人社局", Keywords = "招聘会,就业" },
        new("yw6", Www, "yw", ArticleType.News, "区卫健局开展老年人健康体检进社区活动", 8,
            "区卫生健康局组织社区卫生服务中心，为辖区65岁以上老年人提供免费健康体检和健康咨询。|活动将持续至本季度末，老年人可就近到社区卫生服务中心预约。") { Source = "区卫健局", Keywords = "老年人,健康体检" },
        new("yw7", Www, "yw", ArticleType.News, "西陵区推进老旧小区改造 惠及居民两千余户", 10,
            "今年全区计划改造老旧小区十余个，重点改善供排水、供电、消防和无障碍设施。|改造前，各街道通过居民议事会听取意见，确保改造项目符合群众需求。") { Source = "区住建局", Keywords = "老旧小区改造" },
        new("yw8", Www, "yw", ArticleType.News, "区政务服务中心推出“周末不打烊”服务", 12,
            "为方便上班族办事，区政务服务中心在周六上午提供社保、医保、不动产登记等事项的受理服务。|具体办理事项和时间以政务服务中心公告为准。") { Source = "区政务服务局", Keywords = "政务服务,延时服务" },

        new("bmdt1", Www, "bmdt", ArticleType.News, "区教育局组织开展校园食品安全检查", 2,
            "区教育局联合区市场监管局对辖区中小学、幼儿园食堂开展食品安全专项检查，重点检查食品原料采购、加工操作和餐具消毒。|对发现的问题，现场提出整改要求并限期复查。") { Source = "区教育局", Keywords = "校园食品安全" },
        new("bmdt2", Www, "bmdt", ArticleType.News, "区民政局开展困难群众走访慰问", 5,
            "区民政局组织工作人员走访辖区困难家庭，了解生活情况，宣传社会救助政策。") { Source = "区民政局", Keywords = "社会救助" },
        new("bmdt3", Www, "bmdt", ArticleType.News, "区应急局举办社区应急演练", 9,
            "区应急管理局在社区组织火灾逃生和地震避险演练，居民在工作人员指导下有序疏散。") { Source = "区应急局", Keywords = "应急演练" },

        new("tz1", Www, "tzgg", ArticleType.Notice, "关于端午节期间区政务服务中心办公时间的通知", 7,
            "端午节放假期间，区政务服务中心暂停现场办理业务，网上办事服务正常运行。|节后第一个工作日起恢复正常办公时间。|如有紧急事项，请拨打政务服务热线咨询。") { Source = Office },
        new("tz2", Www, "tzgg", ArticleType.Notice, "关于公开征求《西陵区城市社区嵌入式服务设施建设方案（征求意见稿）》意见的公告", 16,
            "为广泛听取社会各界意见，现将方案征求意见稿向社会公开征求意见。|征求意见时间为三十日，公众可通过门户网站“互动交流”栏目提出意见建议。") { Source = Office, Keywords = "征求意见" },
        new("tz3", Www, "tzgg", ArticleType.Notice, "西陵区公开招聘社区工作者公告", 35,
            "根据工作需要，区民政局组织公开招聘社区工作者。|报名条件、岗位数量和报名方式详见公告全文，报名通过线上进行。") { Source = "区民政局", Keywords = "招聘,社区工作者" },
        new("tz4", Www, "tzgg", ArticleType.Notice, "关于开展全区安全生产大检查的通知", 60,
            "各街道、区直各部门：为切实防范化解重大安全风险，区政府决定在全区开展安全生产大检查。|请各单位按照属地管理和“管行业必须管安全”的要求，认真组织实施。") { Source = Office },
        new("tz5", Www, "tzgg", ArticleType.Notice, "关于停水检修的公告", 95,
            "因供水管网检修，部分路段将于检修当日临时停水，请居民提前做好储水准备。") { Source = "区住建局" },
        new("tz6", Www, "tzgg", ArticleType.Notice, "西陵区政府信息公开工作年度报告发布公告", 130,
            "根据《中华人民共和国政府信息公开条例》，区政府已编制并公布上一年度政府信息公开工作年度报告，可在“信息公开”栏目查阅。") { Source = Office },

        new("sj1", Www, "sjfb", ArticleType.Data, "西陵区一季度经济运行情况（演示数据）", 40,
            "一季度，全区经济运行总体平稳，主要指标保持增长。|本文所列为演示数据，请以区统计局正式发布为准。") { Source = "区统计局", Keywords = "经济运行,统计数据" },
        new("sj2", Www, "sjfb", ArticleType.Data, "西陵区政务服务事项办理情况统计（演示数据）", 20,
            "上月，区政务服务中心共受理各类事项若干件，按期办结率保持较高水平。|本文所列为演示数据。") { Source = "区政务服务局", Keywords = "政务服务,统计" },
    ];
}

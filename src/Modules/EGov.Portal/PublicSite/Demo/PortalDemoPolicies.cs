using EGov.Portal.Domain.Articles;

namespace EGov.Portal.PublicSite.Demo;

/// <summary>DEMO DATA: policy documents with 文号 and validity (one 废止, one 已修改), each with its interpretation.</summary>
internal static class PortalDemoPolicies
{
    private const string Www = "www";
    private const string Office = "西陵区人民政府办公室";

    public static IReadOnlyList<DemoArticle> All { get; } =
    [
        new("p1", Www, "wjzl", ArticleType.PolicyDocument, "西陵区促进消费扩容提质若干措施", 25,
            "第一条　为进一步释放消费潜力，促进全区商贸服务业高质量发展，结合本区实际，制定本措施。|第二条　支持商贸企业开展促消费活动，对符合条件的活动按规定给予补贴。|第三条　支持夜间经济街区建设，完善街区停车、照明和公共卫生设施。|第四条　本措施自印发之日起施行，有效期三年。")
        {
            Source = Office, DocumentNumber = "西陵政规〔{Y}〕2号", Validity = PolicyValidity.Valid, Keywords = "促消费,商贸", WithPdf = true,
        },
        new("p2", Www, "wjzl", ArticleType.PolicyDocument, "西陵区城镇老旧小区改造实施办法", 80,
            "第一条　为规范城镇老旧小区改造工作，改善居民居住条件，制定本办法。|第二条　改造内容分为基础类、完善类和提升类。|第三条　改造项目应当充分听取居民意见，实行居民议事协商。")
        {
            Source = Office, DocumentNumber = "西陵政规〔{Y}〕1号", Validity = PolicyValidity.Amended,
            ValidityNote = "第三条已根据区政府常务会议决定修改，修改后的条文自公布之日起施行。", Keywords = "老旧小区改造",
        },
        new("p3", Www, "wjzl", ArticleType.PolicyDocument, "西陵区鼓励支持就业创业暂行办法", 400,
            "第一条　为鼓励和支持城乡劳动者就业创业，制定本办法。|第二条　对首次创业且正常经营一年以上的创业者，按规定给予一次性创业补贴。")
        {
            Source = "区人社局", DocumentNumber = "西陵政发〔{Y}〕6号", Validity = PolicyValidity.Repealed,
            ValidityNote = "本办法已被《西陵区就业创业扶持办法》废止，自新办法施行之日起不再执行。", Keywords = "就业创业",
        },
        new("p4", Www, "wjzl", ArticleType.PolicyDocument, "西陵区政务服务“好差评”工作实施方案", 150,
            "一、工作目标：建立覆盖全区政务服务事项的评价体系，做到评价渠道全覆盖、差评整改全闭环。|二、评价方式：办事群众可在窗口评价器、网上办事平台和政务服务热线进行评价。|三、差评处理：差评事项由责任单位在规定时限内核实整改并回访。")
        {
            Source = "区政务服务局", DocumentNumber = "西陵政办发〔{Y}〕12号", Validity = PolicyValidity.Valid, Keywords = "好差评,政务服务",
        },

        new("j1", Www, "zcjd", ArticleType.Interpretation, "一图读懂《西陵区促进消费扩容提质若干措施》", 24,
            "一、出台背景：扩大内需、促进消费是稳增长的重要举措。|二、主要内容：措施从促消费活动、夜间经济、便民生活圈等方面提出支持政策。|三、如何申请：符合条件的企业可向区商务局提交申请材料。")
        { Source = "区商务局", Interprets = "p1", Keywords = "政策解读,促消费" },
        new("j2", Www, "zcjd", ArticleType.Interpretation, "《西陵区城镇老旧小区改造实施办法》政策解读", 79,
            "一、改造范围：主要是建成年代较早、失养失修、市政配套设施不完善的住宅小区。|二、居民参与：改造方案须经居民议事协商，充分尊重居民意愿。")
        { Source = "区住建局", Interprets = "p2", Keywords = "政策解读,老旧小区" },
        new("j3", Www, "zcjd", ArticleType.Interpretation, "《西陵区鼓励支持就业创业暂行办法》解读", 399,
            "一、补贴对象：首次创业且正常经营一年以上的创业者。|二、申请渠道：可通过政务服务网或区政务服务中心窗口申请。")
        { Source = "区人社局", Interprets = "p3", Keywords = "政策解读,就业创业" },
        new("j4", Www, "zcjd", ArticleType.Interpretation, "政务服务“好差评”怎么评？一文看懂", 149,
            "一、评价渠道：窗口评价器、网上办事平台、政务服务热线均可评价。|二、差评之后：责任单位将核实情况、整改问题并回访评价人。")
        { Source = "区政务服务局", Interprets = "p4", Keywords = "政策解读,好差评" },
    ];
}

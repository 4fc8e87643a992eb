using EGov.Interaction.Domain.Letters;

namespace EGov.Interaction.Letters.Handling.Demo;

/// <summary>How far a demo letter has come.</summary>
internal enum DemoEnd
{
    Held,
    Registered,
    Routed,
    Handling,
    Extended,
    ReplyReview,
    Replied,
    Closed,
    Reopened,
    Merged,
    Rejected,
}

/// <param name="Mailbox">The mailbox code (<c>qzxx</c> or a department's short code).</param>
/// <param name="Target">The handling department's code, when routed.</param>
/// <param name="Writer">Null: the demo citizen 张三 (<c>shimin</c>), signed in.</param>
internal sealed record DemoLetter(
    string Mailbox, LetterKind Kind, string Subject, string Content, int DaysAgo, string? Target, DemoEnd End, string? Writer = null,
    string? Reply = null, Satisfaction? Rating = null, bool Publish = false, string? Reason = null);

/// <summary>DEMO DATA: letters about life in 西陵区 over the last four months, one or more in every state.</summary>
internal static class DemoLetters
{
    public static readonly DemoLetter[] All =
    [
        new("qzxx", LetterKind.Complaint, "学校门口流动摊贩售卖“三无”食品",
            "西陵区某小学门口每天放学时有多个流动摊贩售卖辣条、冷饮等没有生产日期和厂家的食品，孩子们经常购买，家长很担心食品安全，请有关部门管一管。联系电话13800000001。",
            112, "xlq-scjg", DemoEnd.Closed, Reply: "您好！收到来信后，我局会同属地街道和城管部门于次日对该校周边开展了联合检查，依法查扣无标签食品32件，劝离流动摊贩5处，并将该路段列入上下学时段重点巡查范围。欢迎继续监督。",
            Rating: Satisfaction.Satisfied, Publish: true),
        new("qzxx", LetterKind.Complaint, "学校周边小摊卖的食品没有标签",
            "我家孩子在学校门口买的零食没有任何标签，吃了以后肚子疼。希望加强检查。我叫刘洋，电话13971234567。",
            110, null, DemoEnd.Merged, Writer: "刘洋"),
        new("qzxx", LetterKind.Suggestion, "建议在夷陵大道沿线老旧小区周边增设停车位",
            "夷陵大道沿线几个老旧小区没有停车场，晚上车辆停满道路两侧，消防通道经常被堵。建议利用周边闲置空地建设临时停车场，并施划夜间限时停车泊位。",
            101, "xlq-jtj", DemoEnd.Reopened, Reply: "您好！我局已会同交警部门对夷陵大道沿线停车情况进行调查，拟在沿线施划夜间限时停车泊位120个，并协调闲置地块建设临时停车场，预计年内完成。",
            Rating: Satisfaction.BasicallySatisfied, Publish: true),
        new("ybj", LetterKind.Consultation, "异地就医医保报销备案怎么办理",
            "我父亲常住深圳，医保在西陵区参保，在深圳看病住院怎样备案才能直接结算？需要哪些材料？",
            83, "xlq-ybj", DemoEnd.Closed, Writer: "陈静", Reply: "您好！异地长期居住人员可通过“国家医保服务平台”App或到区医保服务大厅办理异地就医备案，需提供身份证件和异地居住证明或个人承诺书。备案后在深圳的定点医疗机构住院可直接结算。",
            Rating: Satisfaction.BasicallySatisfied, Publish: true),
        new("qzxx", LetterKind.Complaint, "小区路边商铺占道经营，行人只能走机动车道",
            "西陵二路某小区门口的几家水果店、五金店长期把货架摆到人行道上，行人只能走机动车道，很危险。",
            72, "xlq-cgj", DemoEnd.Closed, Writer: "王磊", Reply: "您好！区城管执法局已对该路段占道经营商户进行约谈并责令整改，现人行道已恢复通行，后续将纳入日常巡查。感谢您的监督。",
            Rating: Satisfaction.Satisfied, Publish: true),
        new("qzxx", LetterKind.Complaint, "小区电梯频繁故障，物业维修不及时",
            "我住的小区3号楼电梯一个月内坏了四次，每次要等两三天才修好，家里有老人上下楼非常困难。物业说要等维保公司排期。",
            62, "xlq-zjj", DemoEnd.Replied, Writer: "赵丽", Reply: "您好！区住建局已约谈该小区物业服务企业和电梯维保单位，要求其对3号楼电梯进行全面检修并更换老化部件，同时督促物业建立电梯故障24小时响应机制。",
            Publish: true),
        new("qzxx", LetterKind.Complaint, "楼下烧烤店油烟和噪声扰民",
            "我家楼下新开的烧烤店每天营业到凌晨两点，油烟直接排到楼上，噪声也很大，严重影响休息。多次和店主沟通无果。",
            50, "xlq-sthj", DemoEnd.Handling),
        new("qzxx", LetterKind.Consultation, "孩子明年上小学，学区怎么划分",
            "我家孩子明年9月上小学，户口在西陵区某街道，房子是去年买的二手房，请问划片入学的政策是什么，什么时候登记？",
            28, "xlq-jyj", DemoEnd.Replied, Writer: "孙悦", Reply: "您好！我区义务教育阶段实行免试就近入学，每年5月公布各小学招生范围，6月上旬网上登记。二手房购房家庭以房产证和户口一致为准，具体以当年招生公告为准。",
            Publish: true),
        new("qzxx", LetterKind.Complaint, "超市出售过期食品",
            "在某超市买的牛奶回家发现已过期三天，向超市反映只同意退货，不愿赔偿。希望有关部门查处。",
            20, "xlq-scjg", DemoEnd.Extended),
        new("scjg", LetterKind.Report, "举报某药店无处方销售处方药",
            "西陵区某路口的一家药店不要处方就卖抗生素等处方药，店员说“都这样卖”。",
            8, "xlq-scjg", DemoEnd.ReplyReview, Writer: "周强", Reply: "您好！我局已对该药店进行现场检查，发现其存在无处方销售处方药行为，已依法立案调查，并将处理结果在网站公示。"),
        new("qzxx", LetterKind.Consultation, "办理个体工商户营业执照需要哪些材料",
            "我想在小区附近开一家早餐店，请问办理个体工商户营业执照需要准备哪些材料，在哪里办？",
            1, "xlq-scjg", DemoEnd.Routed, Writer: "吴敏"),
        new("qzxx", LetterKind.HelpRequest, "独居老人希望社区帮助联系助餐服务",
            "我母亲78岁独居，腿脚不便，做饭困难。听说社区有老年助餐服务，请问怎样申请？",
            2, null, DemoEnd.Registered, Writer: "郑华"),
        new("qzxx", LetterKind.Complaint, "要求撤销法院对我房屋纠纷的判决",
            "法院对我和邻居的房屋纠纷判决不公，要求区政府出面撤销判决。",
            40, null, DemoEnd.Rejected, Writer: "钱伟", Reason: "您反映的事项属于司法诉讼范围，依法应通过上诉或申请再审等法定途径解决，本信箱不予受理。"),
        new("qzxx", LetterKind.Complaint, "反映问题无人理会",
            "上次反映的问题一直没人处理，这些人都是废物。",
            1, null, DemoEnd.Held, Writer: "匿名"),
    ];
}

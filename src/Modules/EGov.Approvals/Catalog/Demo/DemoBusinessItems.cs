using EGov.Approvals.Domain.Items;
using static EGov.Approvals.Catalog.Demo.DemoItemKit;

namespace EGov.Approvals.Catalog.Demo;

/// <summary>DEMO DATA: the registrations of 西陵区市场监督管理局 (xlq-scjg) for an enterprise's stages 开办, 变更, 注销.</summary>
internal static class DemoBusinessItems
{
    public const string Department = "xlq-scjg";
    private const string Consult = "0717-6856301";
    private const string Basis = "《中华人民共和国市场主体登记管理条例》";

    public static IEnumerable<DemoItem> All => [new(Department, SoleTrader()), new(Department, Change()), new(Department, Deregistration())];

    public static ServiceItem SoleTrader() => Registration(new ServiceItem
    {
        Name = "个体工商户设立登记",
        BasicCode = "11420500MB1234568R3000111410Y",
        ImplementationCode = "XLSCJG-XK-001",
        LegalBasis = $"{Basis}第三条、第十九条：登记机关对申请材料齐全、符合法定形式的予以确认并当场登记。\n《促进个体工商户发展条例》第七条。",
        ServiceObjects = ServiceObjects.NaturalPerson,
        Conditions = "1. 有经营能力的公民；\n2. 有固定的经营场所；\n3. 名称、经营范围符合国家有关规定；\n4. 申请材料齐全、符合法定形式。",
        CaseKind = CaseKind.Immediate,
        StatutoryLimitDays = 3,
        StatutoryLimitNote = "能够当场登记的当场登记；不能当场登记的，3个工作日内予以登记（《中华人民共和国市场主体登记管理条例》第十九条）。",
        PromisedLimitDays = 0,
        PromisedLimitNote = "即时办结。",
        OnlineDepthCodes = "1^2^3^4^5^6^7",
        OnlineDepthLevel = OnlineDepthLevel.Level4,
        VisitsRequired = 0,
        DeliveryOptions = DeliveryOptions.Electronic | DeliveryOptions.Window | DeliveryOptions.Post,
        ResultName = "营业执照（个体工商户）",
        IssuesELicence = true,
        BusinessStages = ["开办"],
        Faq = [Faq("个体工商户可以网上办理吗？", "可以。经营者本人实名登录后在线填报、电子签名，审核通过后即可领取电子营业执照。")],
        Materials =
        [
            Material("个体工商户登记（备案）申请书", instructions: "经营者本人签字。"),
            Material("经营者身份证明", source: MaterialSource.GovernmentIssued, type: "复印件", sourceNote: "公安机关核发，网上办理时实名认证代替"),
            Material("经营场所使用证明", instructions: "自有房产提交产权证明，租赁的提交租赁合同。"),
        ],
        Steps = Steps(0, 0, 0, 0, 0),
        Fields =
        [
            Field("trade_name", "个体工商户名称", FieldKind.Text, help: "可以不使用名称。"),
            Field("premises", "经营场所", FieldKind.Address, required: true),
            Field("scope", "经营范围", FieldKind.LongText, required: true),
            Field("capital", "资金数额（万元）", FieldKind.Number, required: true),
        ],
    });

    public static ServiceItem Change() => Registration(new ServiceItem
    {
        Name = "企业变更登记",
        BasicCode = "11420500MB1234568R3000111411Y",
        ImplementationCode = "XLSCJG-XK-002",
        LegalBasis = $"{Basis}第二十四条：市场主体变更登记事项，应当自作出变更决议、决定或者法定变更事项发生之日起30日内向登记机关申请变更登记。",
        ServiceObjects = ServiceObjects.EnterpriseLegalPerson | ServiceObjects.UnincorporatedEnterprise,
        Conditions = "1. 企业已依法登记；\n2. 变更事项已依法作出决议或者决定；\n3. 申请材料齐全、符合法定形式。",
        CaseKind = CaseKind.Committed,
        StatutoryLimitDays = 3,
        StatutoryLimitNote = "不能当场登记的，3个工作日内予以登记（《中华人民共和国市场主体登记管理条例》第十九条）。",
        PromisedLimitDays = 1,
        OnlineDepthCodes = "1^2^3^4^5^6^7",
        OnlineDepthLevel = OnlineDepthLevel.Level4,
        DeliveryOptions = DeliveryOptions.Electronic | DeliveryOptions.Post,
        ResultName = "营业执照",
        IssuesELicence = true,
        BusinessStages = ["变更"],
        Materials =
        [
            Material("企业变更登记申请书", instructions: "法定代表人签字并加盖公章。"),
            Material("变更事项的决议或者决定"),
        ],
        Steps = [Step(StepStage.Acceptance, "受理", 0, "网上或窗口受理。"), Step(StepStage.Decision, "核准", 1, "形式审查并作出登记决定。"), Step(StepStage.Delivery, "发照", 0, "换发营业执照。")],
        Fields = [Field("credit_code", "统一社会信用代码", FieldKind.CreditCode, required: true), Field("changes", "变更事项", FieldKind.Choice, required: true, options: ["名称", "住所", "法定代表人", "注册资本", "经营范围"], multiple: true)],
    });

    public static ServiceItem Deregistration() => Registration(new ServiceItem
    {
        Name = "企业注销登记",
        BasicCode = "11420500MB1234568R3000111412Y",
        ImplementationCode = "XLSCJG-XK-003",
        LegalBasis = $"{Basis}第三十一条：市场主体因解散、被宣告破产或者其他法定事由需要终止的，应当依法向登记机关申请注销登记。",
        ServiceObjects = ServiceObjects.EnterpriseLegalPerson | ServiceObjects.UnincorporatedEnterprise,
        Conditions = "1. 已依法完成清算；\n2. 已结清税款、社会保险费等；\n3. 申请材料齐全、符合法定形式。",
        CaseKind = CaseKind.Committed,
        StatutoryLimitDays = 3,
        PromisedLimitDays = 1,
        OnlineDepthCodes = "1^2^3^4^5^6",
        OnlineDepthLevel = OnlineDepthLevel.Level4,
        DeliveryOptions = DeliveryOptions.Electronic,
        ResultName = "准予注销登记通知书",
        BusinessStages = ["注销"],
        Materials =
        [
            Material("企业注销登记申请书"),
            Material("清算报告", instructions: "简易注销的提交全体投资人承诺书代替。"),
        ],
        Steps = [Step(StepStage.Acceptance, "受理", 0, "网上受理。"), Step(StepStage.Decision, "核准", 1, "作出准予注销登记决定。")],
        Fields = [Field("credit_code", "统一社会信用代码", FieldKind.CreditCode, required: true), Field("reason", "注销原因", FieldKind.Choice, required: true, options: ["决议解散", "营业期限届满", "依法被吊销", "其他"])],
    }, ResultType.Document);

    /// <summary>The elements every registration of the bureau shares.</summary>
    private static ServiceItem Registration(ServiceItem item, ResultType result = ResultType.Certificate)
    {
        item.ItemType = ItemType.Licensing;
        item.PowerSource = PowerSource.Statutory;
        item.ResultType = result;
        item.Location = Window("一楼", "市场主体登记窗口1–6号");
        item.OfficeHours = Hours;
        item.Directions = DemoItemKit.Directions;
        item.ConsultPhone = Consult;
        item.ComplaintPhone = ComplaintPhone;
        item.ServiceScope = ServiceScope.City;
        item.PublishedFields = [PublicationFields.Number, PublicationFields.ApplicantName, PublicationFields.ResultName, PublicationFields.DecidedOn];
        return item.Ordered();
    }
}

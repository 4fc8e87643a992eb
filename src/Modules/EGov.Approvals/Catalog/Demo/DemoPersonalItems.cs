using EGov.Approvals.Domain.Items;
using static EGov.Approvals.Catalog.Demo.DemoItemKit;

namespace EGov.Approvals.Catalog.Demo;

/// <summary>DEMO DATA: items people look for by life event (住房, 退休, 就业, 出生, 婚育, 入学, 身后).</summary>
internal static class DemoPersonalItems
{
    public static IEnumerable<DemoItem> All =>
    [
        new("xlq-zrzy", PropertyTransfer()), new("xlq-rsj", PensionClaim()), new("xlq-rsj", EmploymentCard()),
        new("xlq-wjj", BirthRegistration()), new("xlq-jyj", SchoolEnrolment()), new("xlq-rsj", FuneralGrant()),
    ];

    public static ServiceItem PropertyTransfer() => Personal(new ServiceItem
    {
        Name = "不动产登记（转移登记）",
        BasicCode = "11420500MB1234569T3000171101Y",
        ImplementationCode = "XLZRZY-QR-001",
        ItemType = ItemType.Confirmation,
        LegalBasis = "《不动产登记暂行条例》第三条、第五条；《不动产登记暂行条例实施细则》第三十八条：买卖、互换、赠与、继承等导致不动产权利转移的，当事人可以申请转移登记。",
        ServiceObjects = ServiceObjects.NaturalPerson | ServiceObjects.EnterpriseLegalPerson,
        Conditions = "1. 不动产已经办理首次登记；\n2. 不存在查封、异议登记等限制转移的情形；\n3. 已依法缴纳相关税费。",
        CaseKind = CaseKind.Committed,
        StatutoryLimitDays = 30,
        StatutoryLimitNote = "自受理登记申请之日起30个工作日内办结（《不动产登记暂行条例》第二十条）。",
        PromisedLimitDays = 5,
        Charges = true,
        FeeBasis = "《财政部 国家发展改革委关于不动产登记收费标准等有关问题的通知》（财税〔2016〕79号）",
        FeeItems = [new FeeItem { Name = "住宅类不动产登记费", Standard = "每件80元", Amount = 80 }],
        OnlinePayment = true,
        Location = Window("四楼", "不动产登记窗口40–48号"),
        ConsultPhone = "0717-6856401",
        OnlineDepthCodes = "1^2^3^4^6",
        OnlineDepthLevel = OnlineDepthLevel.Level3,
        VisitsRequired = 1,
        OnSiteReason = "转移双方须到场核验身份、签署询问笔录。",
        SupportsAppointment = true,
        DeliveryOptions = DeliveryOptions.Window | DeliveryOptions.Post,
        ResultName = "不动产权证书",
        ResultType = ResultType.Certificate,
        LifeEvents = ["住房"],
        BusinessStages = ["经营"],
        Faq = [Faq("登记费由谁缴纳？", "转移登记的登记费由登记申请人（受让方）缴纳。")],
        Materials =
        [
            Material("不动产登记申请书"),
            Material("不动产权属证书", source: MaterialSource.GovernmentIssued),
            Material("买卖合同或者其他转移证明材料"),
            Material("完税凭证", source: MaterialSource.GovernmentIssued, sourceNote: "税务部门共享，无需另行提交", necessity: MaterialNecessity.Optional),
        ],
        Steps = Steps(1, 2, 1, 1, 0),
        Fields = [Field("property_certificate", "不动产权证书号", FieldKind.Text, required: true), Field("property_address", "坐落", FieldKind.Address, required: true), Field("transferee", "受让人", FieldKind.Text, required: true)],
    });

    public static ServiceItem PensionClaim() => Personal(new ServiceItem
    {
        Name = "城乡居民基本养老保险待遇申领",
        BasicCode = "11420500MB1234570U3000151201Y",
        ImplementationCode = "XLRSJ-GF-001",
        ItemType = ItemType.Benefit,
        LegalBasis = "《中华人民共和国社会保险法》第二十二条；《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）第六条。",
        Conditions = "参加城乡居民基本养老保险、年满60周岁、累计缴费满15年且未领取国家规定的基本养老保障待遇。",
        CaseKind = CaseKind.Committed,
        PromisedLimitDays = 5,
        Location = Window("三楼", "社会保障窗口20–23号"),
        ConsultPhone = "0717-6856501",
        ResultName = "城乡居民基本养老保险待遇核定表",
        ResultType = ResultType.Document,
        LifeEvents = ["退休", "社保"],
        Materials = [Material("城乡居民基本养老保险待遇申领表"), Material("居民身份证", source: MaterialSource.GovernmentIssued, type: "复印件")],
        Steps = Steps(1, 2, 1, 1, 0),
        Fields = [Field("bank_account", "社会保障卡金融账户", FieldKind.Text, required: true)],
    });

    public static ServiceItem EmploymentCard() => Personal(new ServiceItem
    {
        Name = "就业创业证申领",
        BasicCode = "11420500MB1234570U3000201202Y",
        ImplementationCode = "XLRSJ-GG-001",
        ItemType = ItemType.PublicService,
        LegalBasis = "《就业服务与就业管理规定》（劳动和社会保障部令第28号）第六十三条：县级以上劳动保障行政部门应当建立就业登记制度和失业登记制度。",
        Conditions = "法定劳动年龄内、有劳动能力和就业要求的城乡劳动者。",
        CaseKind = CaseKind.Immediate,
        Location = Window("三楼", "就业服务窗口24–25号"),
        ConsultPhone = "0717-6856502",
        OnlineDepthCodes = "1^2^3^4^5^6^7",
        OnlineDepthLevel = OnlineDepthLevel.Level4,
        VisitsRequired = 0,
        DeliveryOptions = DeliveryOptions.Electronic | DeliveryOptions.Window,
        ResultName = "就业创业证",
        ResultType = ResultType.Certificate,
        LifeEvents = ["就业"],
        Materials = [Material("就业创业证申领登记表")],
        Steps = Steps(0, 0, 0, 0, 0),
        Fields = [Field("status", "就业状态", FieldKind.Choice, required: true, options: ["就业", "失业", "自主创业"])],
    });

    public static ServiceItem BirthRegistration() => Personal(new ServiceItem
    {
        Name = "生育登记",
        BasicCode = "11420500MB1234571V3000201301Y",
        ImplementationCode = "XLWJJ-GG-001",
        ItemType = ItemType.PublicService,
        LegalBasis = "《中华人民共和国人口与计划生育法》第十八条：国家提倡适龄婚育、优生优育。一对夫妻可以生育三个子女。\n《湖北省人口与计划生育条例》。",
        Conditions = "夫妻双方或者一方户籍在西陵区，或者在西陵区居住的育龄夫妻。",
        CaseKind = CaseKind.Immediate,
        Location = Window("三楼", "卫生健康窗口26号"),
        ConsultPhone = "0717-6856601",
        OnlineDepthCodes = "1^2^3^4^5^6",
        OnlineDepthLevel = OnlineDepthLevel.Level4,
        VisitsRequired = 0,
        DeliveryOptions = DeliveryOptions.Electronic,
        LifeEvents = ["出生", "婚育"],
        Materials = [Material("生育登记表"), Material("结婚证", source: MaterialSource.GovernmentIssued, type: "复印件")],
        Steps = Steps(0, 0, 0, 0, 0),
        Fields = [Field("spouse_id", "配偶身份证号码", FieldKind.IdNumber, required: true), Field("expected_date", "预产期", FieldKind.Date)],
    });

    public static ServiceItem SchoolEnrolment() => Personal(new ServiceItem
    {
        Name = "小学一年级新生入学登记",
        BasicCode = "11420500MB1234572W3000201401Y",
        ImplementationCode = "XLJYJ-GG-001",
        ItemType = ItemType.PublicService,
        LegalBasis = "《中华人民共和国义务教育法》第十二条：适龄儿童、少年免试入学。地方各级人民政府应当保障适龄儿童、少年在户籍所在地学校就近入学。",
        Conditions = "当年8月31日前年满6周岁、户籍或者监护人居住地在西陵区学区范围内的适龄儿童。",
        CaseKind = CaseKind.Committed,
        PromisedLimitDays = 10,
        Location = Window("三楼", "教育服务窗口27号"),
        ConsultPhone = "0717-6856701",
        OnlineDepthCodes = "1^2^3^4^6",
        OnlineDepthLevel = OnlineDepthLevel.Level3,
        VisitsRequired = 1,
        OnSiteReason = "报到时须核验户口簿、房产证明原件。",
        DeliveryOptions = DeliveryOptions.Electronic | DeliveryOptions.Window,
        ResultName = "入学通知书",
        ResultType = ResultType.Document,
        LifeEvents = ["入学"],
        Materials = [Material("新生入学登记表"), Material("户口簿", source: MaterialSource.GovernmentIssued, type: "原件和复印件"), Material("房屋产权证明或者居住证", type: "复印件")],
        Steps = Steps(2, 5, 2, 1, 0),
        Fields = [Field("child_id", "儿童身份证号码", FieldKind.IdNumber, required: true), Field("home_address", "居住地址", FieldKind.Address, required: true)],
    });

    public static ServiceItem FuneralGrant() => Personal(new ServiceItem
    {
        Name = "丧葬补助金领取",
        BasicCode = "11420500MB1234570U3000151203Y",
        ImplementationCode = "XLRSJ-GF-002",
        ItemType = ItemType.Benefit,
        LegalBasis = "《中华人民共和国社会保险法》第十七条：参加基本养老保险的个人，因病或者非因工死亡的，其遗属可以领取丧葬补助金和抚恤金。",
        Conditions = "参保人员因病或者非因工死亡，其遗属在规定期限内申领。",
        CaseKind = CaseKind.Committed,
        PromisedLimitDays = 5,
        Location = Window("三楼", "社会保障窗口20–23号"),
        ConsultPhone = "0717-6856501",
        ResultName = "丧葬补助金核定通知",
        ResultType = ResultType.Document,
        LifeEvents = ["身后", "社保"],
        Materials = [Material("丧葬补助金申领表"), Material("死亡证明", source: MaterialSource.Other, sourceNote: "医疗机构或者公安机关出具"), Material("申领人与死者关系证明")],
        Steps = Steps(1, 2, 1, 1, 0),
        Fields = [Field("deceased_id", "死者身份证号码", FieldKind.IdNumber, required: true), Field("date_of_death", "死亡日期", FieldKind.Date, required: true)],
    });

    /// <summary>What the people's items share unless set: the hall, its hours, natural persons, Ⅲ-level online handling with one visit.</summary>
    private static ServiceItem Personal(ServiceItem item)
    {
        item.PowerSource = PowerSource.Statutory;
        item.ServiceObjects = item.ServiceObjects == ServiceObjects.None ? ServiceObjects.NaturalPerson : item.ServiceObjects;
        item.OfficeHours = Hours;
        item.Directions = DemoItemKit.Directions;
        item.ComplaintPhone = ComplaintPhone;
        item.ServiceScope = ServiceScope.City;
        if (item.OnlineDepthCodes.Length == 0)
        {
            item.OnlineDepthCodes = "1^2^3^4^6";
            item.OnlineDepthLevel = OnlineDepthLevel.Level3;
            item.VisitsRequired = 1;
            item.OnSiteReason = "须到场核验申请人身份及有关证明的原件。";
            item.DeliveryOptions = DeliveryOptions.Window | DeliveryOptions.Post;
        }

        item.PublishedFields = [PublicationFields.Number, PublicationFields.ResultName, PublicationFields.DecidedOn];
        return item.Ordered();
    }
}

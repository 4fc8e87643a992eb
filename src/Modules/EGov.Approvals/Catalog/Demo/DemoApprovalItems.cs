using EGov.Approvals.Domain.Items;
using static EGov.Approvals.Catalog.Demo.DemoItemKit;

namespace EGov.Approvals.Catalog.Demo;

/// <summary>DEMO DATA: the licensing items of 西陵区行政审批局 (xlq-xzsp); the other approvals helpers rely on their codes and form fields.</summary>
internal static class DemoApprovalItems
{
    public const string Department = "xlq-xzsp";
    private const string Consult = "0717-6856201";

    public static IEnumerable<DemoItem> All => [new(Department, FoodBusiness()), new(Department, PublicPlaceHygiene()), new(Department, ConstructionPermit())];

    public static ServiceItem FoodBusiness() => new ServiceItem
    {
        Name = "食品经营许可（新办）",
        BasicCode = "11420500MB1234567Q3000111400Y",
        ImplementationCode = "XLXZSP-XK-001",
        ItemType = ItemType.Licensing,
        LegalBasis = "《中华人民共和国食品安全法》第三十五条：国家对食品生产经营实行许可制度。从事食品生产、食品销售、餐饮服务，应当依法取得许可。\n《食品经营许可和备案管理办法》（国家市场监督管理总局令第78号）第六条、第十二条。",
        PowerSource = PowerSource.DelegatedDown,
        ServiceObjects = ServiceObjects.NaturalPerson | ServiceObjects.EnterpriseLegalPerson | ServiceObjects.UnincorporatedEnterprise,
        Conditions = "1. 具有与经营的食品品种、数量相适应的食品原料处理和食品加工、销售、贮存等场所，保持该场所环境整洁，并与有毒、有害场所以及其他污染源保持规定的距离；\n2. 具有与经营的食品品种、数量相适应的经营设备或者设施；\n3. 有专职或者兼职的食品安全管理人员和保证食品安全的规章制度；\n4. 具有合理的设备布局和工艺流程，防止待加工食品与直接入口食品、原料与成品交叉污染；\n5. 法律、法规规定的其他条件（《中华人民共和国食品安全法》第三十三条）。",
        QuantityLimit = "无数量限制",
        CaseKind = CaseKind.Committed,
        StatutoryLimitDays = 20,
        StatutoryLimitNote = "自受理之日起20个工作日内作出决定（《中华人民共和国行政许可法》第四十二条）。",
        PromisedLimitDays = 10,
        PromisedLimitNote = "材料齐全、符合法定形式的，自受理之日起10个工作日内办结；需要现场核查的，核查时间不计入。",
        Location = Window("二楼", "行政审批窗口12–15号"),
        OfficeHours = Hours,
        Directions = DemoItemKit.Directions,
        ConsultPhone = Consult,
        ComplaintPhone = ComplaintPhone,
        OnlineDepthCodes = "1^2^3^4^5^6^7",
        OnlineDepthLevel = OnlineDepthLevel.Level4,
        VisitsRequired = 0,
        SupportsAppointment = true,
        DeliveryOptions = DeliveryOptions.Electronic | DeliveryOptions.Post,
        ServiceScope = ServiceScope.District,
        ResultName = "食品经营许可证",
        ResultType = ResultType.Certificate,
        IssuesELicence = true,
        LicenceValidityYears = 5,
        BusinessStages = ["开办", "经营"],
        PublishedFields = [PublicationFields.Number, PublicationFields.ApplicantName, PublicationFields.ResultName, PublicationFields.DecidedOn, PublicationFields.LicenceNumber, PublicationFields.ValidUntil, "business_format"],
        Faq =
        [
            Faq("仅销售预包装食品需要办理食品经营许可吗？", "不需要。仅销售预包装食品的，应当向所在地县级市场监督管理部门备案（《中华人民共和国食品安全法》第三十五条）。"),
            Faq("食品经营许可证的有效期是多久？", "食品经营许可证有效期为5年，需要延续的应当在有效期届满前向原发证机关提出延续申请。"),
            Faq("食品安全管理制度暂时没有准备好，可以先受理吗？", "可以。该材料为容缺材料，申请人书面承诺在领取许可证前补齐后即可先行受理。"),
        ],
        Materials =
        [
            Material("食品经营许可申请书", instructions: "申请人签字或者盖章；网上申请的以在线填报内容为准。"),
            Material("营业执照", source: MaterialSource.GovernmentIssued, type: "复印件", sourceNote: "市场监督管理部门核发，可通过电子证照库调取"),
            Material("主要设备设施布局和操作流程", instructions: "标明经营场所平面布局、主要设备设施位置及食品处理流程。"),
            Material("食品安全管理制度", necessity: MaterialNecessity.Deferrable, instructions: "容缺材料：可在领取许可证前补齐。"),
        ],
        Steps = Steps(1, 5, 2, 1, 1),
        Fields =
        [
            Field("operator_name", "经营者名称", FieldKind.Text, required: true, help: "与营业执照上的名称一致。"),
            Field("credit_code", "统一社会信用代码", FieldKind.CreditCode, required: true),
            Field("premises", "经营场所", FieldKind.Address, required: true),
            Field("business_format", "主体业态", FieldKind.Choice, required: true, options: ["食品销售经营者", "餐饮服务经营者", "单位食堂"]),
            Field("business_items", "经营项目", FieldKind.Choice, required: true, options: ["预包装食品销售", "散装食品销售", "热食类食品制售", "冷食类食品制售"], multiple: true),
            Field("staff", "从业人员", FieldKind.Table, options: ["姓名", "岗位", "健康证明编号"], maxRows: 20, help: "从事接触直接入口食品工作的人员须持有效健康证明。"),
            Field("opening_date", "拟开业日期", FieldKind.Date),
        ],
    }.Ordered();

    public static ServiceItem PublicPlaceHygiene() => new ServiceItem
    {
        Name = "公共场所卫生许可",
        BasicCode = "11420500MB1234567Q3000111401Y",
        ImplementationCode = "XLXZSP-XK-002",
        ItemType = ItemType.Licensing,
        LegalBasis = "《公共场所卫生管理条例》第八条：除公园、体育场（馆）、公共交通工具外的公共场所，经营单位应当及时向卫生行政部门申请办理“卫生许可证”。\n《公共场所卫生管理条例实施细则》第二十二条。",
        PowerSource = PowerSource.DelegatedDown,
        ServiceObjects = ServiceObjects.EnterpriseLegalPerson | ServiceObjects.UnincorporatedEnterprise | ServiceObjects.NaturalPerson,
        Conditions = "1. 经营场所的选址、设计、装修符合国家卫生标准和要求；\n2. 具有卫生检测合格的空气质量、微小气候、水质、采光照明等检测报告；\n3. 从业人员取得有效健康合格证明；\n4. 建立卫生管理制度，配备专（兼）职卫生管理人员。",
        CaseKind = CaseKind.Committed,
        StatutoryLimitDays = 20,
        StatutoryLimitNote = "自受理之日起20个工作日内作出决定（《公共场所卫生管理条例实施细则》第二十三条）。",
        PromisedLimitDays = 7,
        PromisedLimitNote = "自受理之日起7个工作日内办结，现场审查时间计入。",
        Location = Window("二楼", "行政审批窗口16号"),
        OfficeHours = Hours,
        Directions = DemoItemKit.Directions,
        ConsultPhone = "0717-6856202",
        ComplaintPhone = ComplaintPhone,
        OnlineDepthCodes = "1^2^3^4^6",
        OnlineDepthLevel = OnlineDepthLevel.Level3,
        VisitsRequired = 1,
        OnSiteReason = "现场核查：须对经营场所的卫生条件进行现场审查，并在领证时核验原件。",
        DeliveryOptions = DeliveryOptions.Window | DeliveryOptions.Post,
        ResultName = "公共场所卫生许可证",
        ResultType = ResultType.Certificate,
        LicenceValidityYears = 4,
        BusinessStages = ["开办", "经营"],
        PublishedFields = [PublicationFields.Number, PublicationFields.ApplicantName, PublicationFields.ResultName, PublicationFields.DecidedOn],
        Faq = [Faq("哪些场所需要办理公共场所卫生许可？", "宾馆、旅店、公共浴室、理发店、美容店、游泳场（馆）等《公共场所卫生管理条例》第二条所列场所。")],
        Materials =
        [
            Material("公共场所卫生许可申请表"),
            Material("营业执照", source: MaterialSource.GovernmentIssued, type: "复印件"),
            Material("公共场所卫生检测或者评价报告", instructions: "由具备资质的检测机构出具，一年内有效。"),
            Material("从业人员健康合格证明", type: "复印件"),
        ],
        Steps = Steps(1, 3, 1, 1, 1),
        Fields =
        [
            Field("unit_name", "单位名称", FieldKind.Text, required: true),
            Field("credit_code", "统一社会信用代码", FieldKind.CreditCode, required: true),
            Field("premises", "经营地址", FieldKind.Address, required: true),
            Field("place_type", "场所类别", FieldKind.Choice, required: true, options: ["住宿场所", "沐浴场所", "美容美发场所", "游泳场所", "其他"]),
            Field("area", "经营面积（平方米）", FieldKind.Number, required: true),
        ],
    }.Ordered();

    public static ServiceItem ConstructionPermit() => new ServiceItem
    {
        Name = "建筑工程施工许可证核发",
        BasicCode = "11420500MB1234567Q3000111402Y",
        ImplementationCode = "XLXZSP-XK-003",
        ItemType = ItemType.Licensing,
        LegalBasis = "《中华人民共和国建筑法》第七条：建筑工程开工前，建设单位应当按照国家有关规定向工程所在地县级以上人民政府建设行政主管部门申请领取施工许可证。\n《建筑工程施工许可管理办法》（住房和城乡建设部令第18号）第二条、第四条。",
        PowerSource = PowerSource.DelegatedDown,
        ServiceObjects = ServiceObjects.EnterpriseLegalPerson | ServiceObjects.InstitutionLegalPerson | ServiceObjects.GovernmentAgency,
        Conditions = "1. 依法应当办理用地批准手续的，已经办理该建筑工程用地批准手续；\n2. 依法应当办理建设工程规划许可证的，已经取得建设工程规划许可证；\n3. 施工场地已经基本具备施工条件；\n4. 已经确定施工企业；\n5. 有满足施工需要的资金安排、施工图纸及技术资料；\n6. 有保证工程质量和安全的具体措施（《中华人民共和国建筑法》第八条）。",
        CaseKind = CaseKind.Committed,
        StatutoryLimitDays = 45,
        StatutoryLimitNote = "本事项由住建、自然资源等部门联合办理，自受理之日起45个工作日内作出决定（《中华人民共和国行政许可法》第四十二条第二款）。",
        PromisedLimitDays = 7,
        PromisedLimitNote = "材料齐全的，自受理之日起7个工作日内办结。",
        JointHandling = true,
        Location = Window("三楼", "工程建设项目审批窗口30–32号"),
        OfficeHours = Hours,
        Directions = DemoItemKit.Directions,
        ConsultPhone = "0717-6856203",
        ComplaintPhone = ComplaintPhone,
        OnlineDepthCodes = "1^2^3^4^6",
        OnlineDepthLevel = OnlineDepthLevel.Level3,
        VisitsRequired = 1,
        OnSiteReason = "领取纸质施工许可证时须核验建设单位法定代表人授权书原件。",
        DeliveryOptions = DeliveryOptions.Window | DeliveryOptions.Post,
        ResultName = "建筑工程施工许可证",
        ResultType = ResultType.Certificate,
        BusinessStages = ["经营"],
        PublishedFields = [PublicationFields.Number, PublicationFields.ApplicantName, PublicationFields.ResultName, PublicationFields.DecidedOn, "project_name"],
        Materials =
        [
            Material("建筑工程施工许可证申请表"),
            Material("建设工程规划许可证", source: MaterialSource.GovernmentIssued, type: "复印件", sourceNote: "自然资源和规划部门核发"),
            Material("施工合同", type: "复印件"),
            Material("建设资金已经落实承诺书"),
        ],
        Steps = Steps(1, 3, 1, 1, 1),
        Fields =
        [
            Field("project_name", "工程名称", FieldKind.Text, required: true),
            Field("credit_code", "建设单位统一社会信用代码", FieldKind.CreditCode, required: true),
            Field("site", "建设地址", FieldKind.Address, required: true),
            Field("contract_price", "合同价格（万元）", FieldKind.Number, required: true),
            Field("floor_area", "建筑面积（平方米）", FieldKind.Number),
        ],
    }.Ordered();
}

using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Items;
using EGov.Approvals.Domain.Licences;
using EGov.Approvals.Domain.Ratings;

namespace EGov.Approvals.Domain;

/// <summary>The Chinese names of the module's enumerations, as pages, letters and exports print them.</summary>
internal static class ApprovalsNames
{
    public static string Of(ItemType type) => type switch
    {
        ItemType.Licensing => "行政许可",
        ItemType.Penalty => "行政处罚",
        ItemType.Coercion => "行政强制",
        ItemType.Levy => "行政征收",
        ItemType.Benefit => "行政给付",
        ItemType.Inspection => "行政检查",
        ItemType.Confirmation => "行政确认",
        ItemType.Reward => "行政奖励",
        ItemType.Adjudication => "行政裁决",
        ItemType.OtherPower => "其他行政权力",
        _ => "公共服务",
    };

    /// <summary>The national two-digit code, e.g. 01.</summary>
    public static string Code(ItemType type) => ((int)type).ToString("00", System.Globalization.CultureInfo.InvariantCulture);

    public static string Of(ExerciseLevel level) => level switch
    {
        ExerciseLevel.National => "国家级",
        ExerciseLevel.Provincial => "省级",
        ExerciseLevel.City => "市级",
        ExerciseLevel.County => "县级",
        ExerciseLevel.Township => "乡（镇、街道）级",
        _ => "村（社区）级",
    };

    public static string Of(PowerSource source) => source switch
    {
        PowerSource.Statutory => "法定本级行使",
        PowerSource.DelegatedDown => "上级下放",
        PowerSource.AuthorizedByUpper => "上级授权",
        PowerSource.AuthorizedByPeer => "同级授权",
        PowerSource.EntrustedByUpper => "上级委托",
        _ => "同级委托",
    };

    public static string Of(ImplementerNature nature) => nature switch
    {
        ImplementerNature.StatutoryAgency => "法定机关",
        ImplementerNature.AuthorizedOrganization => "授权组织",
        _ => "受委托组织",
    };

    public static IReadOnlyList<(ServiceObjects Flag, string Name)> ServiceObjectNames { get; } =
    [
        (ServiceObjects.NaturalPerson, "自然人"),
        (ServiceObjects.EnterpriseLegalPerson, "企业法人"),
        (ServiceObjects.InstitutionLegalPerson, "事业法人"),
        (ServiceObjects.SocialOrganization, "社会组织法人"),
        (ServiceObjects.UnincorporatedEnterprise, "非法人企业"),
        (ServiceObjects.GovernmentAgency, "行政机关"),
        (ServiceObjects.OtherOrganization, "其他组织"),
    ];

    public static string Of(ServiceObjects objects) => string.Join("、", ServiceObjectNames.Where(o => objects.HasFlag(o.Flag)).Select(o => o.Name));

    public static string Of(CaseKind kind) => kind == CaseKind.Immediate ? "即办件" : "承诺件";

    public static string Of(OnlineDepthLevel level) => level switch
    {
        OnlineDepthLevel.Level1 => "Ⅰ级",
        OnlineDepthLevel.Level2 => "Ⅱ级",
        OnlineDepthLevel.Level3 => "Ⅲ级",
        _ => "Ⅳ级（全程网办）",
    };

    public static IReadOnlyList<(DeliveryOptions Flag, string Name)> DeliveryNames { get; } =
    [
        (DeliveryOptions.Window, "窗口领取"),
        (DeliveryOptions.Post, "邮政寄递"),
        (DeliveryOptions.Electronic, "电子送达（电子证照）"),
    ];

    public static string Of(DeliveryOptions options) => string.Join("、", DeliveryNames.Where(o => options.HasFlag(o.Flag)).Select(o => o.Name));

    public static string Of(ServiceScope scope) => scope switch
    {
        ServiceScope.Nationwide => "全国",
        ServiceScope.CrossProvince => "跨省",
        ServiceScope.Province => "全省",
        ServiceScope.City => "全市",
        _ => "全区",
    };

    public static string Of(ResultType type) => type switch
    {
        ResultType.Certificate => "出证办结",
        ResultType.Document => "出文办结",
        ResultType.Approval => "审批办结",
        _ => "无",
    };

    public static string Of(MaterialSource source) => source switch
    {
        MaterialSource.Applicant => "申请人自备",
        MaterialSource.GovernmentIssued => "政府部门核发",
        _ => "其他",
    };

    public static string Of(MaterialForm form) => form switch
    {
        MaterialForm.Paper => "纸质",
        MaterialForm.Electronic => "电子",
        _ => "纸质和电子",
    };

    public static string Of(MaterialNecessity necessity) => necessity switch
    {
        MaterialNecessity.Required => "必要",
        MaterialNecessity.Optional => "非必要",
        _ => "容缺",
    };

    public static string Of(StepStage stage) => stage switch
    {
        StepStage.Acceptance => "受理",
        StepStage.Review => "审查",
        StepStage.Decision => "决定",
        StepStage.Issue => "制证",
        _ => "送达",
    };

    public static string Of(FieldKind kind) => kind switch
    {
        FieldKind.Text => "单行文字",
        FieldKind.LongText => "多行文字",
        FieldKind.Number => "数字",
        FieldKind.Date => "日期",
        FieldKind.Choice => "选择",
        FieldKind.IdNumber => "身份证号码",
        FieldKind.CreditCode => "统一社会信用代码",
        FieldKind.Phone => "手机号码",
        FieldKind.Address => "地址",
        _ => "表格（多行）",
    };

    public static string Of(ItemStatus status) => status switch
    {
        ItemStatus.Draft => "草稿",
        ItemStatus.Published => "已发布",
        _ => "暂停办理",
    };

    public static string Of(ApplicationChannel channel) => channel == ApplicationChannel.Online ? "网上申请" : "窗口收件";

    public static string Of(ApplicantKind kind) => kind switch
    {
        ApplicantKind.NaturalPerson => "自然人",
        ApplicantKind.EnterpriseLegalPerson => "企业法人",
        ApplicantKind.InstitutionLegalPerson => "事业法人",
        ApplicantKind.SocialOrganization => "社会组织法人",
        ApplicantKind.UnincorporatedEnterprise => "非法人企业",
        ApplicantKind.GovernmentAgency => "行政机关",
        _ => "其他组织",
    };

    public static string Of(ApplicationState state) => state switch
    {
        ApplicationState.Submitted => "待预审",
        ApplicationState.AwaitingCorrection => "待补正",
        ApplicationState.UnderReview => "已受理，审查中",
        ApplicationState.Decided => "已决定",
        ApplicationState.ResultProduced => "已出证，待送达",
        ApplicationState.Delivered => "已送达",
        ApplicationState.Concluded => "已办结",
        ApplicationState.Rejected => "不予受理",
        _ => "已撤回",
    };

    /// <summary>办理状态 of the national exchange (proStatus): 待受理 = 1, 已受理 = 2, 已办结 = 3.</summary>
    public static int ProStatus(ApplicationState state) => state switch
    {
        ApplicationState.Submitted or ApplicationState.AwaitingCorrection => 1,
        ApplicationState.UnderReview or ApplicationState.Decided or ApplicationState.ResultProduced or ApplicationState.Delivered => 2,
        _ => 3,
    };

    public static string Of(Decision decision) => decision == Decision.Approved ? "准予许可" : "不予许可";

    public static string Of(DocumentKind kind) => kind switch
    {
        DocumentKind.Receipt => "申请材料接收凭证",
        DocumentKind.AcceptanceNotice => "受理通知书",
        DocumentKind.RejectionDecision => "不予受理决定书",
        DocumentKind.CorrectionNotice => "补正材料告知书",
        DocumentKind.SpecialProcedureNotice => "特别程序告知书",
        DocumentKind.ExtensionNotice => "延长办理期限告知书",
        DocumentKind.ApprovalDecision => "准予许可决定书",
        DocumentKind.DenialDecision => "不予许可决定书",
        DocumentKind.Result => "审批结果",
        DocumentKind.ELicence => "电子证照",
        _ => "其他材料",
    };

    public static string Of(MaterialCheck check) => check switch
    {
        MaterialCheck.Unchecked => "未审核",
        MaterialCheck.Accepted => "合格",
        _ => "需补正",
    };

    public static string Of(LicenceStatus status) => status == LicenceStatus.Valid ? "有效" : "已注销";

    public static string Of(RatingChannel channel) => channel == RatingChannel.Online ? "网上评价（一事一评）" : "现场评价（一次一评）";

    /// <summary>The five levels of 好差评 (国办发〔2019〕51号); 1–2 are 差评.</summary>
    public static string RatingLevel(int stars) => stars switch
    {
        5 => "非常满意",
        4 => "满意",
        3 => "基本满意",
        2 => "不满意",
        _ => "非常不满意",
    };

    public static string Of(RectificationState state) => state switch
    {
        RectificationState.Open => "待回访",
        RectificationState.CalledBack => "整改中",
        RectificationState.Rectified => "已整改，待评价",
        RectificationState.Closed => "已办结",
        _ => "申诉复核中",
    };

    public static string Of(RectificationKind kind) => kind switch
    {
        RectificationKind.Immediate => "立行立改",
        RectificationKind.Scheduled => "限期整改",
        _ => "解释说明",
    };

    public static string Of(RectificationFeedback feedback) => feedback switch
    {
        RectificationFeedback.Satisfied => "满意",
        RectificationFeedback.BasicallySatisfied => "基本满意",
        _ => "不满意",
    };
}

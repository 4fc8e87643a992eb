using EGov.Disclosure.Domain.Catalog;
using EGov.Disclosure.Domain.Disputes;
using EGov.Disclosure.Domain.Requests;

namespace EGov.Disclosure.Domain;

/// <summary>The Chinese names of the module's enumerations, as pages, letters and reports print them.</summary>
internal static class DisclosureNames
{
    public static string Of(ApplicantType type) => type switch
    {
        ApplicantType.NaturalPerson => "自然人",
        ApplicantType.CommercialEnterprise => "商业企业",
        ApplicantType.ResearchInstitution => "科研机构",
        ApplicantType.PublicInterestOrganization => "社会公益组织",
        ApplicantType.LegalServiceInstitution => "法律服务机构",
        _ => "其他",
    };

    public static string Of(RequestChannel channel) => channel switch
    {
        RequestChannel.Online => "网上申请",
        RequestChannel.InPerson => "当面提交",
        RequestChannel.RegisteredMail => "挂号信/需签收邮件",
        RequestChannel.OrdinaryMail => "平信",
        RequestChannel.Fax => "传真",
        _ => "口头申请（代为填写）",
    };

    public static string Of(InformationForm form) => form == InformationForm.Paper ? "纸质" : "电子数据";

    public static string Of(DeliveryMethod method) => method switch
    {
        DeliveryMethod.Online => "网上获取",
        DeliveryMethod.Post => "邮寄",
        DeliveryMethod.Email => "电子邮件",
        DeliveryMethod.Pickup => "当面领取",
        _ => "现场查阅、抄录",
    };

    public static string Of(RequestState state) => state switch
    {
        RequestState.AwaitingConfirmation => "待确认收到",
        RequestState.Handling => "办理中",
        RequestState.AwaitingCorrection => "待补正",
        RequestState.InConsultation => "征求意见中",
        RequestState.AwaitingFee => "待缴费",
        RequestState.ReplyDrafted => "答复待审核",
        RequestState.ReplyReviewed => "答复待签发",
        RequestState.ReplySignedOff => "答复待送达",
        RequestState.Replied => "已答复",
        RequestState.Archived => "已归档",
        _ => "已终止",
    };

    public static bool IsConcluded(RequestState state) => state is RequestState.Replied or RequestState.Archived or RequestState.Terminated;

    public static string Of(ReplyOutcome outcome)
    {
        var info = ReplyOutcomes.Of(outcome);
        return info.Group == info.Label || outcome == ReplyOutcome.PartiallyDisclosed ? info.Group : $"{info.Group}（{info.Label}）";
    }

    public static string Of(DisclosureAttribute attribute) => attribute switch
    {
        DisclosureAttribute.Proactive => "主动公开",
        DisclosureAttribute.OnRequest => "依申请公开",
        _ => "不予公开",
    };

    public static string Of(InformationValidity validity) => validity switch
    {
        InformationValidity.Valid => "有效",
        InformationValidity.Expired => "失效",
        _ => "废止",
    };

    public static string Of(RegulatoryKind kind) => kind switch
    {
        RegulatoryKind.Rule => "规章",
        RegulatoryKind.NormativeDocument => "行政规范性文件",
        _ => "非规章或规范性文件",
    };

    public static string Of(NonDisclosureGround ground) => ground switch
    {
        NonDisclosureGround.StateSecret => "属于国家秘密（《条例》第十四条）",
        NonDisclosureGround.ProhibitedByLaw => "其他法律行政法规禁止公开（《条例》第十四条）",
        NonDisclosureGround.EndangersSecurityOrStability => "危及“三安全一稳定”（《条例》第十四条）",
        NonDisclosureGround.ThirdPartyRights => "保护第三方合法权益（《条例》第十五条）",
        NonDisclosureGround.InternalAffairs => "属于三类内部事务信息（《条例》第十六条第一款）",
        NonDisclosureGround.ProcessInformation => "属于四类过程性信息（《条例》第十六条第二款）",
        NonDisclosureGround.EnforcementCaseFile => "属于行政执法案卷（《条例》第十六条第二款）",
        _ => "属于行政查询事项",
    };

    public static string Of(CatalogItemStatus status) => status switch
    {
        CatalogItemStatus.Draft => "草稿",
        CatalogItemStatus.InReview => "待保密审查",
        CatalogItemStatus.Returned => "已退回",
        CatalogItemStatus.Published => "已公开",
        _ => "已撤回",
    };

    public static string Of(DisputeKind kind) => kind switch
    {
        DisputeKind.AdministrativeReview => "行政复议",
        DisputeKind.LawsuitDirect => "行政诉讼（未经复议直接起诉）",
        _ => "行政诉讼（复议后起诉）",
    };

    public static string Of(DisputeResult result) => result switch
    {
        DisputeResult.Maintained => "结果维持",
        DisputeResult.Corrected => "结果纠正",
        DisputeResult.Other => "其他结果",
        _ => "尚未审结",
    };

    public static string Of(FeeMode mode) => mode == FeeMode.PerRequest ? "按件计收" : "按量计收";
}

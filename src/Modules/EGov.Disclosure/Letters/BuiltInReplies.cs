using EGov.Disclosure.Domain.Requests;

namespace EGov.Disclosure.Letters;

/// <summary>
/// The built-in reply letters, one per result row of table 三 (条例 第三十六条至第三十九条), each citing the basis in
/// <see cref="ReplyOutcomes"/> and ending with the remedy (行政复议法 第二十条, 行政诉讼法 第四十六条).
/// </summary>
internal static class BuiltInReplies
{
    private const string Opening = "本机关于{收到日期}收到您提出的政府信息公开申请（申请编号：{申请编号}），申请获取“{申请内容}”。经审查，现答复如下：";

    public static LetterText For(ReplyOutcome outcome)
    {
        var basis = LetterText.FullBasis(ReplyOutcomes.Of(outcome).Basis);
        return outcome switch
        {
            ReplyOutcome.OtherNoCorrection => Letter("政府信息公开申请终止办理告知书",
                "本机关已向您发出补正告知，请您就以下事项作出补正：{补正事项}。补正期限已于{补正期限}届满。",
                $"您无正当理由逾期未补正，根据{basis}的规定，视为放弃申请，本机关不再处理该政府信息公开申请。"),
            ReplyOutcome.OtherFeeUnpaid => Letter("政府信息公开申请终止办理告知书",
                "本机关已向您发出收费通知，请您于{缴费期限}前缴纳信息处理费{收费金额}（{收费方式}，计费数量{收费数量}）。",
                $"您逾期未缴纳，根据{basis}的规定，视为放弃申请，本机关不再处理该政府信息公开申请。"),
            _ => Letter("政府信息公开申请答复告知书", Decision(outcome, basis)),
        };
    }

    private static string[] Decision(ReplyOutcome outcome, string basis) => outcome switch
    {
        ReplyOutcome.Disclosed => [$"您申请获取的政府信息属于公开范围。根据{basis}的规定，本机关决定予以公开。", "{答复内容}", "获取方式：{获取方式}。"],
        ReplyOutcome.PartiallyDisclosed => [$"您申请获取的政府信息中含有依法不应当公开的内容，但能够作区分处理。根据{basis}的规定，本机关向您提供可以公开的部分；不予公开的部分及其理由如下：", "{答复内容}", "获取方式：{获取方式}。"],
        ReplyOutcome.WithheldStateSecret => Withheld("属于依法确定的国家秘密", basis),
        ReplyOutcome.WithheldProhibitedByLaw => Withheld("属于法律、行政法规禁止公开的政府信息", basis),
        ReplyOutcome.WithheldSecurityOrStability => Withheld("公开后可能危及国家安全、公共安全、经济安全、社会稳定", basis),
        ReplyOutcome.WithheldThirdPartyRights => Withheld("涉及商业秘密、个人隐私等公开后会对第三方合法权益造成损害的内容，经书面征求意见，第三方不同意公开，且不公开不会对公共利益造成重大影响", basis),
        ReplyOutcome.WithheldInternalAffairs => Withheld("属于人事管理、后勤管理、内部工作流程等方面的内部事务信息", basis),
        ReplyOutcome.WithheldProcessInformation => Withheld("属于行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息", basis),
        ReplyOutcome.WithheldEnforcementCaseFile => Withheld("属于行政执法案卷信息", basis),
        ReplyOutcome.WithheldAdministrativeQuery => [$"您申请获取的信息属于工商、不动产登记资料等有关法律、行政法规对信息的获取有特别规定的行政查询事项。根据{basis}的规定，请您依照有关法律、行政法规的规定办理。", "{答复内容}"],
        ReplyOutcome.UnavailableNotHeld => [$"经检索，本机关不掌握您申请获取的政府信息。根据{basis}的规定，现告知如下：", "{答复内容}", "负责公开该政府信息的行政机关及其联系方式：{负责机关}。"],
        ReplyOutcome.UnavailableNeedsCreation => [$"本机关没有您所申请的现成信息，提供该信息需要对现有政府信息进行加工、分析。根据{basis}的规定，本机关不予提供。", "{答复内容}"],
        ReplyOutcome.UnavailableStillUnclear => [$"本机关已向您发出补正告知，您补正后的申请内容仍不明确，本机关无法确定您所需要的政府信息。根据{basis}的规定，本机关无法提供。", "{答复内容}"],
        ReplyOutcome.NotProcessedPetition => [$"您的申请实为信访、投诉、举报等诉求。根据{basis}的规定，本机关不作为政府信息公开申请处理，您可以通过信访、投诉、举报等相应渠道提出。", "{答复内容}"],
        ReplyOutcome.NotProcessedRepeated => [$"本机关已就您提出的相同政府信息公开申请作出答复，您本次系重复申请公开相同政府信息。根据{basis}的规定，本机关不予重复处理。", "{答复内容}"],
        ReplyOutcome.NotProcessedPublication => [$"您申请获取的是政府公报、报刊、书籍等公开出版物。根据{basis}的规定，本机关不作为政府信息公开申请处理，现告知获取途径如下：", "{答复内容}"],
        ReplyOutcome.NotProcessedExcessive => [$"您申请公开政府信息的数量、频次明显超过合理范围，经本机关要求说明理由，本机关认为申请理由不合理。根据{basis}的规定，本机关不予处理。", "{答复内容}"],
        ReplyOutcome.NotProcessedConfirmation => [$"您的申请内容为要求本机关确认或者重新出具已获取的信息。根据{basis}的规定，本机关不作为政府信息公开申请处理。", "{答复内容}"],
        _ => [$"根据{basis}的有关规定，本机关答复如下：", "{答复内容}"],
    };

    private static string[] Withheld(string reason, string basis)
        => [$"您申请获取的政府信息{reason}。根据{basis}的规定，本机关决定不予公开。理由如下：", "{答复内容}"];

    private static LetterText Letter(string title, params string[] decision)
        => new(title, string.Join('\n', ["{申请人}：", Opening, .. decision, LetterText.Remedy, "特此告知。"]));
}

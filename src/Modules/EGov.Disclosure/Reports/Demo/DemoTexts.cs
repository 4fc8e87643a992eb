using EGov.Disclosure.Domain.Requests;

namespace EGov.Disclosure.Reports.Demo;

/// <summary>DEMO DATA: what the demo applicants asked for (fictitious, in the applicants' plain words).</summary>
internal static class DemoTexts
{
    public static readonly string[] General =
    [
        "2025年西陵区老旧小区改造项目清单及各小区改造资金安排",
        "西陵区2024年度城乡居民最低生活保障资金发放情况汇总",
        "夷陵路道路拓宽工程的立项批复文件和环境影响评价批复",
        "西陵区2025年公办幼儿园招生划片范围及招生计划",
        "东山大道沿线房屋征收补偿方案及征收决定",
        "西陵区2024年政府集中采购目录及限额标准",
        "滨江花园小区周边规划建设的垃圾中转站选址论证材料",
        "西陵区2025年度财政预算执行情况及“三公”经费明细",
        "区政府常务会议研究菜市场提档升级工作的会议纪要",
        "西陵区2024年重大建设项目批准和实施情况",
        "西陵区公共租赁住房2025年配租名单及配租标准",
        "西陵区城区内涝治理工程的设计方案和工程预算",
        "西陵区2025年稳岗就业补贴的申领条件和发放明细",
        "西陵区突发公共事件总体应急预案（现行有效版本）",
        "学院街片区城市更新项目的招标文件和中标结果",
        "西陵区2024年公务员招录职位、名额及录用结果",
        "西陵区养老服务补贴的发放标准及2024年发放人数",
        "本人父亲名下位于南湖路的房屋被列入征收范围的依据文件",
        "西陵区河长制工作2024年度考核结果",
        "西陵区2025年城市道路占道施工审批结果",
    ];

    public static readonly string[] NotHeld =
    [
        "宜昌市医保报销目录调整的论证材料",
        "某国有银行西陵支行的贷款审批规定",
        "长江航道2025年疏浚工程的施工方案",
    ];

    /// <summary>Descriptions that fit one outcome only.</summary>
    public static string For(ReplyOutcome outcome, int index) => outcome switch
    {
        ReplyOutcome.NotProcessedPetition => "反映本小区物业公司乱收费问题，要求区政府查处并答复处理结果",
        ReplyOutcome.NotProcessedPublication => "提供《西陵年鉴（2024）》全书",
        ReplyOutcome.NotProcessedRepeated => General[4],
        ReplyOutcome.NotProcessedExcessive => "西陵区各部门2015年至2025年全部收文、发文登记簿及全部会议记录",
        ReplyOutcome.NotProcessedConfirmation => "对本人2024年已获取的征收补偿决定书复印件加盖公章，确认其与原件一致",
        ReplyOutcome.WithheldStateSecret => "西陵区国防动员潜力调查的全部数据",
        ReplyOutcome.WithheldProhibitedByLaw => "某纳税人2024年度在西陵区的纳税申报明细",
        ReplyOutcome.WithheldSecurityOrStability => "西陵区重点目标安全保卫部署方案",
        ReplyOutcome.WithheldThirdPartyRights => "邻居房屋装修报建时提交的全部图纸及其个人身份材料",
        ReplyOutcome.WithheldInternalAffairs => "区政府办公室2025年干部考核谈话记录及内部人事调整方案",
        ReplyOutcome.WithheldProcessInformation => "区政府关于调整城区停车收费标准的讨论稿及各部门意见汇总",
        ReplyOutcome.WithheldEnforcementCaseFile => "区城管执法局对某餐饮店作出行政处罚的全部案卷材料",
        ReplyOutcome.WithheldAdministrativeQuery => "本人名下房产的不动产登记资料",
        ReplyOutcome.UnavailableNotHeld => NotHeld[index % NotHeld.Length],
        ReplyOutcome.UnavailableNeedsCreation => "按街道统计并分析西陵区近十年人口流动变化趋势，形成分析报告",
        ReplyOutcome.UnavailableStillUnclear => "区里关于那个项目的所有文件",
        ReplyOutcome.OtherNoCorrection => "有关部门去年处理的那件事的相关材料",
        ReplyOutcome.OtherFeeUnpaid => "西陵区2020年至2025年全部城建档案的复印件",
        ReplyOutcome.Other => "西陵区路灯维护服务合同及履约验收材料",
        _ => General[index % General.Length],
    };
}

namespace EGov.Disclosure.Domain.Requests;

/// <summary>One result row of the annual report's table 三, with the reply it stands for.</summary>
/// <param name="Row">The row code as printed, e.g. <c>三（三）1</c>.</param>
/// <param name="Group">The row group, e.g. <c>不予公开</c>; equal to <paramref name="Label"/> for single rows.</param>
/// <param name="Label">The row label exactly as in the report format.</param>
/// <param name="Basis">The article the reply relies on.</param>
internal sealed record ReplyOutcomeInfo(ReplyOutcome Outcome, string Row, string Group, string Label, string Basis);

/// <summary>The annual report's result rows (disclosure.md §1.7), in report order.</summary>
internal static class ReplyOutcomes
{
    private const string Withheld = "不予公开";
    private const string Unavailable = "无法提供";
    private const string NotProcessed = "不予处理";
    private const string OtherHandling = "其他处理";

    public static IReadOnlyList<ReplyOutcomeInfo> All { get; } =
    [
        new(ReplyOutcome.Disclosed, "三（一）", "予以公开", "予以公开", "《条例》第三十六条第（一）项、第（二）项"),
        new(ReplyOutcome.PartiallyDisclosed, "三（二）", "部分公开", "部分公开（区分处理的，只计这一情形，不计其他情形）", "《条例》第三十七条"),
        new(ReplyOutcome.WithheldStateSecret, "三（三）1", Withheld, "属于国家秘密", "《条例》第十四条、第三十六条第（三）项"),
        new(ReplyOutcome.WithheldProhibitedByLaw, "三（三）2", Withheld, "其他法律行政法规禁止公开", "《条例》第十四条、第三十六条第（三）项"),
        new(ReplyOutcome.WithheldSecurityOrStability, "三（三）3", Withheld, "危及“三安全一稳定”", "《条例》第十四条、第三十六条第（三）项"),
        new(ReplyOutcome.WithheldThirdPartyRights, "三（三）4", Withheld, "保护第三方合法权益", "《条例》第十五条、第三十二条、第三十六条第（三）项"),
        new(ReplyOutcome.WithheldInternalAffairs, "三（三）5", Withheld, "属于三类内部事务信息", "《条例》第十六条第一款、第三十六条第（三）项"),
        new(ReplyOutcome.WithheldProcessInformation, "三（三）6", Withheld, "属于四类过程性信息", "《条例》第十六条第二款、第三十六条第（三）项"),
        new(ReplyOutcome.WithheldEnforcementCaseFile, "三（三）7", Withheld, "属于行政执法案卷", "《条例》第十六条第二款、第三十六条第（三）项"),
        new(ReplyOutcome.WithheldAdministrativeQuery, "三（三）8", Withheld, "属于行政查询事项", "《条例》第三十六条第（七）项"),
        new(ReplyOutcome.UnavailableNotHeld, "三（四）1", Unavailable, "本机关不掌握相关政府信息", "《条例》第三十六条第（四）项、第（五）项"),
        new(ReplyOutcome.UnavailableNeedsCreation, "三（四）2", Unavailable, "没有现成信息需要另行制作", "《条例》第三十八条"),
        new(ReplyOutcome.UnavailableStillUnclear, "三（四）3", Unavailable, "补正后申请内容仍不明确", "《条例》第三十条"),
        new(ReplyOutcome.NotProcessedPetition, "三（五）1", NotProcessed, "信访举报投诉类申请", "《条例》第三十九条第一款"),
        new(ReplyOutcome.NotProcessedRepeated, "三（五）2", NotProcessed, "重复申请", "《条例》第三十六条第（六）项"),
        new(ReplyOutcome.NotProcessedPublication, "三（五）3", NotProcessed, "要求提供公开出版物", "《条例》第三十九条第二款"),
        new(ReplyOutcome.NotProcessedExcessive, "三（五）4", NotProcessed, "无正当理由大量反复申请", "《条例》第三十五条"),
        new(ReplyOutcome.NotProcessedConfirmation, "三（五）5", NotProcessed, "要求行政机关确认或重新出具已获取信息", "《条例》第三十九条"),
        new(ReplyOutcome.OtherNoCorrection, "三（六）1", OtherHandling, "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "《条例》第三十条"),
        new(ReplyOutcome.OtherFeeUnpaid, "三（六）2", OtherHandling, "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）"),
        new(ReplyOutcome.Other, "三（六）3", OtherHandling, "其他", "《条例》"),
    ];

    private static readonly Dictionary<ReplyOutcome, ReplyOutcomeInfo> ByOutcome = All.ToDictionary(o => o.Outcome);

    public static ReplyOutcomeInfo Of(ReplyOutcome outcome) => ByOutcome[outcome];

    /// <summary>Outcomes staff choose in a reply; the deemed withdrawals are set by the handling rules, not chosen.</summary>
    public static bool IsChosenInReply(ReplyOutcome outcome) => outcome is not (ReplyOutcome.OtherNoCorrection or ReplyOutcome.OtherFeeUnpaid);
}

using EGov.Disclosure.Domain.Requests;
using EGov.Platform.Calendar;
using static EGov.Disclosure.Domain.Requests.ReplyOutcome;

namespace EGov.Disclosure.Reports.Demo;

/// <summary>
/// DEMO DATA: the requests of the demo year. The district government's 60 cover every applicant type and every row of
/// table 三, with requests carried in from December of the year before and carried out into the next year.
/// </summary>
internal static class DemoCases
{
    public const int Year = 2025;
    public const string Government = "xlq";

    private static readonly ReplyOutcome[] GovernmentOutcomes =
    [
        Disclosed, Disclosed, PartiallyDisclosed, UnavailableNotHeld, Disclosed, NotProcessedPetition, WithheldProcessInformation, Disclosed,
        WithheldThirdPartyRights, OtherNoCorrection, UnavailableNotHeld, Disclosed, WithheldStateSecret, PartiallyDisclosed, NotProcessedRepeated,
        Disclosed, UnavailableNeedsCreation, WithheldProhibitedByLaw, Disclosed, UnavailableStillUnclear, WithheldSecurityOrStability, Disclosed,
        PartiallyDisclosed, WithheldInternalAffairs, NotProcessedPublication, Disclosed, OtherFeeUnpaid, WithheldEnforcementCaseFile, Disclosed,
        UnavailableNotHeld, NotProcessedExcessive, WithheldAdministrativeQuery, Disclosed, NotProcessedConfirmation, PartiallyDisclosed, Other,
        Disclosed, UnavailableNotHeld, Disclosed, WithheldProcessInformation, PartiallyDisclosed, Disclosed, UnavailableNotHeld, Disclosed,
        WithheldThirdPartyRights, PartiallyDisclosed, Disclosed, UnavailableNotHeld, Disclosed, NotProcessedRepeated, Disclosed, PartiallyDisclosed,
        Disclosed,
    ];

    private static readonly Dictionary<int, DemoTwist> Twists = new()
    {
        [4] = DemoTwist.FeePaid,
        [8] = DemoTwist.Consultation,
        [9] = DemoTwist.NoCorrection,
        [13] = DemoTwist.Extension,
        [19] = DemoTwist.Correction,
        [25] = DemoTwist.FeePaid,
        [26] = DemoTwist.FeeUnpaid,
        [32] = DemoTwist.Extension,
        [38] = DemoTwist.Correction,
        [44] = DemoTwist.Consultation,
        [47] = DemoTwist.Extension,
    };

    private static readonly Dictionary<int, ApplicantType> Organizations = new()
    {
        [2] = ApplicantType.CommercialEnterprise,
        [11] = ApplicantType.CommercialEnterprise,
        [22] = ApplicantType.CommercialEnterprise,
        [33] = ApplicantType.CommercialEnterprise,
        [44] = ApplicantType.CommercialEnterprise,
        [51] = ApplicantType.CommercialEnterprise,
        [7] = ApplicantType.ResearchInstitution,
        [29] = ApplicantType.ResearchInstitution,
        [15] = ApplicantType.PublicInterestOrganization,
        [37] = ApplicantType.PublicInterestOrganization,
        [18] = ApplicantType.LegalServiceInstitution,
        [40] = ApplicantType.LegalServiceInstitution,
        [25] = ApplicantType.OtherOrganization,
        [46] = ApplicantType.OtherOrganization,
    };

    public static IReadOnlyList<DemoCase> All(WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var firstDay = new DateOnly(Year, 1, 2);
        DateOnly After(DateOnly date, int days) => calendar.AddWorkingDays(date, days).Value.Date;
        var cases = new List<DemoCase>
        {
            // Carried in: received in December of the year before, concluded in January.
            new(Government, ApplicantType.NaturalPerson, 40, DemoTexts.General[2], RequestChannel.InPerson, new(Year - 1, 12, 9), Disclosed, 17),
            new(Government, ApplicantType.NaturalPerson, 41, DemoTexts.General[10], RequestChannel.Online, new(Year - 1, 12, 13), PartiallyDisclosed, 16),
            new(Government, ApplicantType.CommercialEnterprise, 42, DemoTexts.NotHeld[0], RequestChannel.RegisteredMail, new(Year - 1, 12, 19), UnavailableNotHeld, 12),
            new(Government, ApplicantType.NaturalPerson, 43, DemoTexts.General[16], RequestChannel.Online, new(Year - 1, 12, 25), Disclosed, 8),
        };
        for (var i = 0; i < GovernmentOutcomes.Length; i++)
        {
            var outcome = GovernmentOutcomes[i];
            var twist = Twists.GetValueOrDefault(i);
            var pages = twist == DemoTwist.FeePaid ? (i == 4 ? 45 : 120) : twist == DemoTwist.FeeUnpaid ? 360 : 0;
            cases.Add(new(Government, Organizations.GetValueOrDefault(i, ApplicantType.NaturalPerson), i, DemoTexts.For(outcome, i), Channel(i),
                After(firstDay, 2 + (int)(i * 4.5)), outcome, 4 + (i * 7 % 15), twist, pages));
        }

        // Carried out: received at the end of December, still open or answered in January.
        cases.Add(new(Government, ApplicantType.NaturalPerson, 60, DemoTexts.General[12], RequestChannel.InPerson, new(Year, 12, 22), null, 0, DemoTwist.Open));
        cases.Add(new(Government, ApplicantType.CommercialEnterprise, 61, DemoTexts.General[14], RequestChannel.Online, new(Year, 12, 26), null, 0, DemoTwist.OpenInConsultation));
        cases.Add(new(Government, ApplicantType.NaturalPerson, 62, DemoTexts.General[19], RequestChannel.Online, new(Year, 12, 29), Disclosed, 14));
        cases.AddRange(Departments(After));
        return cases;
    }

    private static IEnumerable<DemoCase> Departments(Func<DateOnly, int, DateOnly> after)
    {
        var firstDay = new DateOnly(Year, 1, 2);
        (string Text, ReplyOutcome Outcome, ApplicantType Type)[] scjg =
        [
            ("西陵区2025年第二季度食品安全监督抽检不合格产品名单", Disclosed, ApplicantType.NaturalPerson),
            ("万达广场商场电梯2024年度定期检验报告", Disclosed, ApplicantType.NaturalPerson),
            ("西陵区2024年度企业年度报告抽查结果", PartiallyDisclosed, ApplicantType.CommercialEnterprise),
            ("对本公司作出行政处罚决定所依据的检验检测报告", Disclosed, ApplicantType.CommercialEnterprise),
            ("宜昌市药品集中采购中标价格", UnavailableNotHeld, ApplicantType.NaturalPerson),
            ("西陵区药品零售企业飞行检查结果", Disclosed, ApplicantType.LegalServiceInstitution),
            ("西陵区价格监测报告（2025年上半年）讨论稿", WithheldProcessInformation, ApplicantType.ResearchInstitution),
            ("同行企业营业执照登记时提交的股东身份材料", WithheldThirdPartyRights, ApplicantType.CommercialEnterprise),
        ];
        (string Text, ReplyOutcome Outcome, ApplicantType Type)[] czj =
        [
            ("西陵区2024年度部门决算公开情况汇总", Disclosed, ApplicantType.NaturalPerson),
            ("西陵区政府债务余额及2025年新增债券资金使用情况", PartiallyDisclosed, ApplicantType.ResearchInstitution),
            ("西陵区2025年政府采购意向公开清单", Disclosed, ApplicantType.CommercialEnterprise),
            ("惠民惠农财政补贴资金“一卡通”发放明细（本人所在社区）", Disclosed, ApplicantType.NaturalPerson),
            ("西陵区2024年度财政专项资金绩效评价报告", Disclosed, ApplicantType.PublicInterestOrganization),
            ("区财政局2026年预算编制内部讨论材料", WithheldProcessInformation, ApplicantType.NaturalPerson),
        ];
        foreach (var (code, list, offset) in new[] { ("xlq-scjg", scjg, 70), ("xlq-czj", czj, 80) })
        {
            for (var i = 0; i < list.Length; i++)
            {
                var (text, outcome, type) = list[i];
                yield return new(code, type, offset + i, text, Channel(offset + i), after(firstDay, 10 + (i * 29)), outcome, 6 + (i * 5 % 12));
            }
        }
    }

    private static RequestChannel Channel(int i) => (i % 13, i % 6) switch
    {
        (0, _) => RequestChannel.Fax,
        (_, 0 or 1 or 4) => RequestChannel.Online,
        (_, 2) => RequestChannel.InPerson,
        (_, 3) => RequestChannel.RegisteredMail,
        _ => RequestChannel.OrdinaryMail,
    };

    /// <summary>The three disputes: an index into the government's cases, the kind and result, and days after the reply.</summary>
    public static IReadOnlyList<(int Case, Domain.Disputes.DisputeKind Kind, Domain.Disputes.DisputeResult Result, string Authority, int FiledAfter, int DecidedAfter)> Disputes { get; } =
    [
        (4 + 8, Domain.Disputes.DisputeKind.AdministrativeReview, Domain.Disputes.DisputeResult.Maintained, "宜昌市人民政府", 30, 55),
        (4 + 10, Domain.Disputes.DisputeKind.LawsuitDirect, Domain.Disputes.DisputeResult.Corrected, "西陵区人民法院", 45, 90),
        (4 + 40, Domain.Disputes.DisputeKind.AdministrativeReview, Domain.Disputes.DisputeResult.Pending, "宜昌市人民政府", 20, 0),
    ];
}

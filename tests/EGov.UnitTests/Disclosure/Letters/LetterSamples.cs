using EGov.Disclosure.Agencies;
using EGov.Disclosure.Domain.Agencies;
using EGov.Disclosure.Domain.Requests;
using EGov.Disclosure.Letters;

namespace EGov.UnitTests.Disclosure.Letters;

/// <summary>Facts of a request in every stage, so that every placeholder has a value.</summary>
internal static class LetterSamples
{
    public static readonly AgencyInfo Government = new(Guid.NewGuid(), "xlq", "宜昌市西陵区人民政府", "区政府", true, new DisclosureAgency());

    public static LetterFacts Facts(ReplyOutcome outcome = ReplyOutcome.PartiallyDisclosed) => new(
        new DisclosureRequest { Number = "2026-00042", ApplicantName = "张三", Description = "2025年度财政预算执行情况", ReceivedOn = new DateOnly(2026, 11, 2), DeliveryMethod = DeliveryMethod.Online, Outcome = outcome },
        Government,
        new DateOnly(2026, 11, 28),
        "宜昌市人民政府")
    {
        Reply = new Reply { Outcome = outcome, Text = "第三部分涉及个人隐私，已作删除处理。", WhereToObtain = "在本平台下载", ResponsibleAgency = "区财政局" },
        Correction = new CorrectionNotice { Items = "请写明文件名称。", Deadline = new DateOnly(2026, 11, 20) },
        Fee = new FeeNotice { Mode = FeeMode.PerPage, Quantity = 230, Amount = 1700m, PayBy = new DateOnly(2026, 12, 28) },
        Consultation = new Consultation { PartyName = "某某公司", Question = "是否同意公开报价单。", DueOn = new DateOnly(2026, 12, 18) },
    };
}

using EGov.Disclosure.Agencies;
using EGov.Disclosure.Domain.Requests;
using EGov.Platform.Time;

namespace EGov.Disclosure.Letters.Templates;

/// <summary>Invented facts for previewing a template: every placeholder gets a plausible value.</summary>
internal static class SampleLetterFacts
{
    public static LetterFacts For(AgencyInfo agency, string reviewAuthority, DateOnly today)
    {
        var request = new DisclosureRequest
        {
            Number = $"{today.Year}-00001（示例）",
            ApplicantName = "张三",
            Description = "西陵区2025年度老旧小区改造项目的立项批复文件",
            ReceivedOn = today.AddDays(-10),
            SubmittedAt = ChinaTime.StartOfDay(today.AddDays(-10)),
            DeliveryMethod = DeliveryMethod.Online,
        };
        return new LetterFacts(request, agency, today, reviewAuthority)
        {
            Reply = new Reply
            {
                Text = "（示例）答复内容由承办人员在起草答复时填写，例如：该文件第三部分涉及第三方商业秘密，已作删除处理。",
                WhereToObtain = "在本平台“我的政府信息公开申请”中下载",
                ResponsibleAgency = "宜昌市西陵区住房和城乡建设局，联系电话0717-0000000（示例）",
            },
            Correction = new CorrectionNotice { Items = "请写明所需信息的名称、文号或者便于查询的其他特征性描述。", Deadline = today.AddDays(21) },
            Fee = new FeeNotice { Mode = FeeMode.PerPage, Quantity = 230, Amount = 1700m, PayBy = today.AddDays(28) },
            Consultation = new Consultation { PartyName = "宜昌某某建设有限公司", Question = "申请公开的立项批复文件附件中含有贵公司的报价信息。", DueOn = today.AddDays(21) },
        };
    }
}

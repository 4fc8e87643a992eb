namespace EGov.Approvals.Domain.Items;

/// <summary>自然人主题: life events people look for services by (UNCONFIRMED list; provinces use their own).</summary>
internal static class LifeEvents
{
    public static IReadOnlyList<string> All { get; } = ["出生", "入学", "就业", "婚育", "住房", "交通出行", "医疗", "社保", "退休", "身后", "其他"];
}

/// <summary>法人主题: the stages of an enterprise's life.</summary>
internal static class BusinessStages
{
    public static IReadOnlyList<string> All { get; } = ["开办", "经营", "变更", "注销"];
}

/// <summary>Fields of an approved application that 结果公示 can show besides the item's form fields.</summary>
internal static class PublicationFields
{
    public const string Number = "number";
    public const string ApplicantName = "applicant";
    public const string ResultName = "result";
    public const string DecidedOn = "decided_on";
    public const string LicenceNumber = "licence_number";
    public const string ValidUntil = "valid_until";

    public static IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>
    {
        [Number] = "办件编号",
        [ApplicantName] = "申请人",
        [ResultName] = "审批结果",
        [DecidedOn] = "决定日期",
        [LicenceNumber] = "证照编号",
        [ValidUntil] = "有效期至",
    };
}

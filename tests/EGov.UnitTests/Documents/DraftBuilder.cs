using EGov.Documents.Domain;
using EGov.Documents.Rules;

namespace EGov.UnitTests.Documents;

/// <summary>Draft facts that break no rule: a 通知 from the district government to its departments.</summary>
internal static class DraftBuilder
{
    public static readonly Guid Street = Guid.NewGuid();
    public static readonly Guid Department = Guid.NewGuid();

    public static DraftFacts Notice() => new(
        DocumentType.Notice, Direction.Downward, "西陵区人民政府关于做好2026年防汛工作的通知", "各有关单位要切实做好防汛准备。",
        "各街道办事处，区政府各部门", [], null, [], new HashSet<Guid> { Street, Department }, Secrecy.None, null, null, null);

    public static DraftFacts Request() => Notice() with
    {
        Type = DocumentType.Request,
        Direction = Direction.Upward,
        Title = "西陵区人民政府关于申请防汛专项资金的请示",
        Body = "为做好防汛工作，拟申请专项资金500万元。妥否，请批示。",
        MainRecipients = "宜昌市人民政府",
    };

    public static DraftFacts Report() => Request() with { Type = DocumentType.Report, Title = "西陵区人民政府关于防汛工作情况的报告", Body = "现将防汛工作情况报告如下。" };

    public static IReadOnlyList<string> Codes(DraftFacts draft) => [.. DraftingRules.Check(draft, new RuleSettings()).Select(f => f.Code)];
}

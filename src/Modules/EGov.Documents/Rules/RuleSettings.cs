namespace EGov.Documents.Rules;

/// <summary>
/// Settings <c>Documents:Rules</c>: the phrases that make a 报告 carry a request, and the collective names (统称) that
/// address subordinate units. Both are local practice (spec: UNCONFIRMED), so they are settings with these defaults.
/// </summary>
internal sealed class RuleSettings
{
    public const string Section = "Documents:Rules";

    public IReadOnlyList<string> RequestPhrases { get; set; } = ["请批示", "请审批", "妥否", "请批准", "当否", "请予批准", "请指示", "请审示", "请核准"];

    public IReadOnlyList<string> SubordinateWords { get; set; } = ["各街道", "各部门", "各乡镇", "各社区", "各单位", "各科室", "各直属", "所属", "下属"];
}

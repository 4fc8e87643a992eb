using EGov.Documents.Domain;
using EGov.Documents.Rules;

namespace EGov.Documents.Outgoing.Reading;

/// <summary>One 公文 with its timeline (审批意见), the 会签 of the current round, where it went, and what this person may do now.</summary>
internal sealed record OutgoingDetail(
    OfficialDocument Document,
    string TemplateName,
    string DepartmentName,
    IReadOnlyList<Opinion> Opinions,
    IReadOnlyList<Countersign> Countersigns,
    IReadOnlyList<Distribution> Distributions,
    IReadOnlyList<RuleFinding> Findings,
    bool MayEdit,
    OpinionStep? Step,
    bool MayPublish = false);

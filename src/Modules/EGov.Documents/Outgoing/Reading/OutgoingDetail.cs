using EGov.Documents.Domain;
using EGov.Documents.Incoming.Reading;
using EGov.Documents.Rules;

namespace EGov.Documents.Outgoing.Reading;

/// <summary>
/// One 公文 with its timeline (审批意见), the 会签 of the current round, where it went and how each internal recipient
/// dealt with it (<see cref="Receipts"/>: signed for, returned at 初审 with reasons, concluded), and what this person may do now.
/// </summary>
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
    bool MayPublish = false)
{
    public IReadOnlyList<RecipientFeedback> Receipts { get; init; } = [];

    public RecipientFeedback? ReceiptOf(Distribution sent)
        => Receipts.FirstOrDefault(r => r.RecipientDepartmentId == sent.DepartmentId && r.RecipientRole == (sent.IsCopy ? Domain.Incoming.RecipientRole.Copy : Domain.Incoming.RecipientRole.Main));
}

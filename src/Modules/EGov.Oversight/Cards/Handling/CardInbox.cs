using System.Globalization;
using EGov.Oversight.Contracts;
using EGov.Oversight.Domain;
using EGov.Platform.Inbox;

namespace EGov.Oversight.Cards.Handling;

/// <summary>The to-dos of a card: the department's answer (card.answer) and urge (card.urge), the supervisors' decision (card.decide).</summary>
internal sealed class CardInbox(IWorkItems items, CardDesk desk)
{
    public const string Module = "oversight";
    public const string AnswerKind = "card.answer";
    public const string UrgeKind = "card.urge";
    public const string DecideKind = "card.decide";

    public static string Url(long id) => $"/office/oversight/cards/{id.ToString(CultureInfo.InvariantCulture)}";

    public async Task AnswerAgainAsync(Card card, CancellationToken cancellationToken)
        => items.Add(new NewWorkItem(Module, AnswerKind, $"{CardNames.Of(card.Level)}（退回重新整改）：{card.Title}", Url(card.Id), CaseId(card),
            await DepartmentRoleAsync(card, cancellationToken)));

    public async Task UrgeAsync(Card card, DateOnly deadline, CancellationToken cancellationToken)
        => items.Add(new NewWorkItem(Module, UrgeKind, $"督办：{CardNames.Of(card.Level)}：{card.Title}", Url(card.Id), CaseId(card),
            await DepartmentRoleAsync(card, cancellationToken), deadline));

    public async Task DecideAsync(Card card, CancellationToken cancellationToken)
        => items.Add(new NewWorkItem(Module, DecideKind, $"红牌待处理决定：{card.Title}", Url(card.Id), CaseId(card),
            WorkItemAssignee.DepartmentRole(await desk.IdAsync(cancellationToken), OversightPermissions.Supervise)));

    public async Task CompleteAsync(Card card, Guid? by, CancellationToken cancellationToken, params string[] kinds)
    {
        foreach (var kind in kinds)
        {
            await items.CompleteAsync(Module, CaseId(card), kind, by, cancellationToken);
        }
    }

    private static string CaseId(Card card) => card.Id.ToString(CultureInfo.InvariantCulture);

    /// <summary>As the scan assigns a new card: the department's answerers, or the supervisors for a card without a department.</summary>
    private async Task<WorkItemAssignee> DepartmentRoleAsync(Card card, CancellationToken cancellationToken)
        => card.DepartmentId is { } department
            ? WorkItemAssignee.DepartmentRole(department, OversightPermissions.Answer)
            : WorkItemAssignee.DepartmentRole(await desk.IdAsync(cancellationToken), OversightPermissions.Supervise);
}

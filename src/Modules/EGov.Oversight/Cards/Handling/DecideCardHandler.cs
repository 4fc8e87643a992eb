using System.Security.Claims;
using EGov.Oversight.Contracts;
using EGov.Oversight.Domain;
using EGov.Platform.Identity;
using EGov.Platform.Results;

namespace EGov.Oversight.Cards.Handling;

/// <summary>
/// A supervisor's decision on a red card: close it, or return the department's answer for a new correction.
/// Yellow cards close with the department's answer and take no decision.
/// </summary>
internal sealed class DecideCardHandler(CardUnit unit, CardInbox inbox)
{
    public const int MaxLength = 2000;

    public async Task<Result> CloseAsync(long id, string? decision, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(id, decision, version, "作出处理决定", cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var (card, text) = loaded.Value;
        var by = user.AccountId();
        (card.State, card.Decision, card.ClosedAt, card.ClosedBy, card.ClosedByName) = (CardState.Closed, text, unit.Now, by, CardUnit.NameOf(user));
        await inbox.CompleteAsync(card, by, cancellationToken, CardInbox.DecideKind, CardInbox.AnswerKind, CardInbox.UrgeKind);
        unit.Audit(card, "closed", user, text);
        return await unit.SaveAsync(card, cancellationToken);
    }

    public async Task<Result> ReturnAsync(long id, string? reason, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(id, reason, version, "退回重新整改", cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var (card, text) = loaded.Value;
        if (card.State != CardState.Answered)
        {
            return CardErrors.NotAnswered;
        }

        (card.State, card.Decision) = (CardState.Open, text);
        await inbox.CompleteAsync(card, user.AccountId(), cancellationToken, CardInbox.DecideKind);
        await inbox.AnswerAgainAsync(card, cancellationToken);
        unit.Audit(card, "returned", user, text);
        return await unit.SaveAsync(card, cancellationToken);
    }

    private async Task<Result<(Card, string)>> LoadAsync(long id, string? decision, long? version, string action, CancellationToken cancellationToken)
    {
        if (CardUnit.Trimmed(decision) is not { } text)
        {
            return CardErrors.Required("Decision", "处理决定");
        }

        if (text.Length > MaxLength)
        {
            return CardErrors.TooLong("Decision", "处理决定", MaxLength);
        }

        var loaded = await unit.LoadAsync(id, OversightPermissions.Supervise, version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var card = loaded.Value;
        return card switch
        {
            { IsOpen: false } => CardErrors.Closed(card.State, action),
            { Level: CardLevel.Yellow } => CardErrors.YellowByDecision,
            _ => (card, text),
        };
    }
}

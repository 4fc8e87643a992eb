using System.Security.Claims;
using EGov.Oversight.Contracts;
using EGov.Oversight.Domain;
using EGov.Platform.Identity;
using EGov.Platform.Results;

namespace EGov.Oversight.Cards.Handling;

/// <summary>
/// 整改说明: the department explains the cause and its correction. A yellow card is closed by it; a red card waits for
/// a supervisor's decision (a department cannot close a red card).
/// </summary>
internal sealed class AnswerCardHandler(CardUnit unit, CardInbox inbox)
{
    public const int MinLength = 10;
    public const int MaxLength = 4000;

    public async Task<Result> AnswerAsync(long id, string? explanation, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (CardUnit.Trimmed(explanation) is not { } text)
        {
            return CardErrors.Required("Explanation", "整改说明");
        }

        if (text.Length is < MinLength or > MaxLength)
        {
            return CardErrors.ExplanationLength(MinLength, MaxLength);
        }

        var loaded = await unit.LoadAsync(id, OversightPermissions.Answer, version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var card = loaded.Value;
        if (card.State != CardState.Open)
        {
            return card.State == CardState.Answered ? CardErrors.Answered : CardErrors.Closed(card.State, "提交整改说明");
        }

        var (by, name) = (user.AccountId(), CardUnit.NameOf(user));
        (card.Explanation, card.AnsweredAt, card.AnsweredBy, card.AnsweredByName) = (text, unit.Now, by, name);
        await inbox.CompleteAsync(card, by, cancellationToken, CardInbox.AnswerKind, CardInbox.UrgeKind);
        if (card.Level == CardLevel.Red)
        {
            card.State = CardState.Answered;
            await inbox.DecideAsync(card, cancellationToken);
        }
        else
        {
            (card.State, card.ClosedAt, card.ClosedBy, card.ClosedByName) = (CardState.Closed, unit.Now, by, name);
        }

        unit.Audit(card, "answered", user, text);
        return await unit.SaveAsync(card, cancellationToken);
    }
}

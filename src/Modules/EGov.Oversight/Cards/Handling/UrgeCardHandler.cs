using System.Security.Claims;
using EGov.Oversight.Contracts;
using EGov.Oversight.Domain;
using EGov.Platform.Identity;
using EGov.Platform.Results;

namespace EGov.Oversight.Cards.Handling;

/// <summary>
/// 督办: a supervisor asks the department to answer by a deadline. The department gets a to-do due that day; a yellow
/// card still unanswered after it turns red (the scan's yellow_uncorrected rule reads <see cref="Card.UrgeDeadline"/>).
/// </summary>
internal sealed class UrgeCardHandler(CardUnit unit, CardInbox inbox)
{
    public const int NoteMaxLength = 1000;

    public async Task<Result> UrgeAsync(long id, DateOnly? deadline, string? note, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (deadline is not { } due || due <= unit.Today)
        {
            return CardErrors.UrgeDeadline;
        }

        if (CardUnit.Trimmed(note) is not { } text)
        {
            return CardErrors.Required("Note", "督办意见");
        }

        if (text.Length > NoteMaxLength)
        {
            return CardErrors.TooLong("Note", "督办意见", NoteMaxLength);
        }

        var loaded = await unit.LoadAsync(id, OversightPermissions.Supervise, version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var card = loaded.Value;
        if (card.State != CardState.Open)
        {
            return card.State == CardState.Answered ? CardErrors.Answered : CardErrors.Closed(card.State, "督办");
        }

        var by = user.AccountId();
        unit.Db.Add(new CardUrge { CardId = card.Id, Deadline = due, Note = text, At = unit.Now, By = by ?? Guid.Empty, ByName = CardUnit.NameOf(user) });
        card.UrgeDeadline = due;
        // One urge to-do at a time: the latest deadline replaces an earlier one.
        await inbox.CompleteAsync(card, by, cancellationToken, CardInbox.UrgeKind);
        await inbox.UrgeAsync(card, due, cancellationToken);
        unit.Audit(card, "urged", user, $"{due:yyyy-MM-dd} {text}");
        return await unit.SaveAsync(card, cancellationToken);
    }
}

using EGov.Oversight.Domain;

namespace EGov.Oversight.Cards.Reading;

/// <summary>One step in a card's history.</summary>
internal sealed record CardEvent(DateTime? At, string What, string? By, string? Text);

/// <summary>A card's history from its own record: raised, urges, the answer, the decision (or return), escalation.</summary>
internal static class CardHistory
{
    public static IReadOnlyList<CardEvent> Of(Card card, IEnumerable<CardUrge> urges)
    {
        ArgumentNullException.ThrowIfNull(card);
        var events = new List<CardEvent> { new(card.RaisedAt, $"发出{CardNames.Of(card.Level)}", null, card.Reason) };
        events.AddRange(urges.Select(u => new CardEvent(u.At, $"督办，限 {CardDisplay.Day(u.Deadline)} 前整改", u.ByName, u.Note)));
        if (card.AnsweredAt is { } answered)
        {
            events.Add(new(answered, "提交整改说明", card.AnsweredByName, card.Explanation));
        }

        switch (card.State)
        {
            case CardState.Closed when card.Level == CardLevel.Red || card.Decision is not null:
                events.Add(new(card.ClosedAt, "处理决定：办结", card.ClosedByName, card.Decision));
                break;
            case CardState.Closed:
                events.Add(new(card.ClosedAt, "整改说明已提交，黄牌办结", null, null));
                break;
            case CardState.Open when card.Decision is not null:
                // The return is not time-stamped on the card; it came after the answer it returned.
                events.Add(new(null, "处理决定：退回重新整改", null, card.Decision));
                break;
            case CardState.Escalated:
                events.Add(new(null, "逾期未整改，已升级为红牌", null, null));
                break;
            default:
                break;
        }

        return [.. events.OrderBy(e => e.At ?? DateTime.MaxValue)];
    }
}

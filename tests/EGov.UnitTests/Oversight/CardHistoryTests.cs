using EGov.Oversight.Cards.Reading;
using EGov.Oversight.Domain;

namespace EGov.UnitTests.Oversight;

public sealed class CardHistoryTests
{
    private static readonly DateTime Raised = new(2026, 11, 2, 1, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_red_card_closed_by_decision_lists_raise_urge_answer_and_decision_in_order()
    {
        var card = new Card
        {
            Level = CardLevel.Red,
            State = CardState.Closed,
            RaisedAt = Raised,
            Reason = "超过法定时限",
            AnsweredAt = Raised.AddDays(3),
            AnsweredByName = "钱芳",
            Explanation = "已整改",
            ClosedAt = Raised.AddDays(4),
            ClosedByName = "郑刚",
            Decision = "予以办结",
        };
        CardUrge[] urges = [new() { At = Raised.AddDays(1), Deadline = new DateOnly(2026, 11, 5), Note = "请整改", ByName = "郑刚" }];

        var history = CardHistory.Of(card, urges);

        Assert.Equal(["发出红牌", "督办，限 2026年11月5日 前整改", "提交整改说明", "处理决定：办结"], history.Select(e => e.What));
        Assert.Equal("予以办结", history[^1].Text);
    }

    [Fact]
    public void A_returned_card_ends_with_the_return_and_its_reason()
    {
        var card = new Card
        {
            Level = CardLevel.Red,
            State = CardState.Open,
            RaisedAt = Raised,
            AnsweredAt = Raised.AddDays(1),
            Explanation = "已整改",
            Decision = "请补充",
        };

        var last = CardHistory.Of(card, [])[^1];

        Assert.Equal(("处理决定：退回重新整改", "请补充"), (last.What, last.Text));
    }

    [Fact]
    public void A_yellow_card_closes_with_its_answer()
    {
        var card = new Card { Level = CardLevel.Yellow, State = CardState.Closed, RaisedAt = Raised, AnsweredAt = Raised.AddHours(5), ClosedAt = Raised.AddHours(5) };

        Assert.Equal(["发出黄牌", "提交整改说明", "整改说明已提交，黄牌办结"], CardHistory.Of(card, []).Select(e => e.What));
    }
}

using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Letters.Writing.Rating;

namespace EGov.UnitTests.Interaction.Writing;

public sealed class RatingRulesTests
{
    [Fact]
    public void Only_a_replied_letter_can_be_rated()
    {
        foreach (var state in (LetterState[])[LetterState.Held, LetterState.Handling, LetterState.ReplyReview, LetterState.Closed, LetterState.Rejected])
        {
            Assert.Equal(RatingErrors.NotReplied, RateLetterHandler.Check(new Letter { State = state }, Satisfaction.Satisfied, null).Error);
        }
    }

    [Fact]
    public void Merged_letter_cannot_be_rated()
        => Assert.Equal(RatingErrors.Merged, RateLetterHandler.Check(new Letter { State = LetterState.Merged, MergedIntoId = Guid.NewGuid() }, Satisfaction.Satisfied, null).Error);

    [Fact]
    public void Rating_needs_a_known_satisfaction_and_a_short_comment()
    {
        var letter = new Letter { State = LetterState.Replied };

        Assert.Equal(RatingErrors.UnknownSatisfaction, RateLetterHandler.Check(letter, null, null).Error);
        Assert.Equal(RatingErrors.CommentTooLong, RateLetterHandler.Check(letter, Satisfaction.Unsatisfied, new string('字', 501)).Error);
        Assert.True(RateLetterHandler.Check(letter, Satisfaction.Unsatisfied, "答复没有解决问题").IsSuccess);
    }
}

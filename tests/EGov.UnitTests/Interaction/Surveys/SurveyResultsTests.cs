using EGov.Interaction.Domain.Surveys;
using EGov.Interaction.Surveys.Results;

namespace EGov.UnitTests.Interaction.Surveys;

public sealed class SurveyResultsTests
{
    private readonly Survey _survey = SurveyBuilder.Build();

    private SurveyResult Aggregate()
    {
        var (r1, r2, r3, r4) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        List<(Guid, SurveyAnswer)> answers =
        [
            (r1, Choice(1, 1)), (r2, Choice(1, 1)), (r3, Choice(1, 1)), (r4, Choice(1, 3)),
            (r1, Choice(2, 1)), (r1, Choice(2, 2)), (r2, Choice(2, 1)),
            (r3, new SurveyAnswer { QuestionId = _survey.Q(3).Id, Text = "我的电话13800000001" }),
        ];
        return SurveyResults.Aggregate(_survey, 4, answers);
    }

    private SurveyAnswer Choice(int question, int option) => new() { QuestionId = _survey.Q(question).Id, OptionId = _survey.O(question, option) };

    [Fact]
    public void Single_choice_counts_and_percentages_of_those_who_answered()
    {
        var q1 = Aggregate().Questions[0];

        Assert.Equal([3, 0, 1], q1.Options.Select(o => o.Count));
        Assert.Equal([75.0, 0.0, 25.0], q1.Options.Select(o => o.Percent));
    }

    [Fact]
    public void Multiple_choice_percentages_are_of_respondents_and_may_add_up_past_100()
    {
        var q2 = Aggregate().Questions[1];

        Assert.Equal(2, q2.Answered);
        Assert.Equal([100.0, 50.0, 0.0], q2.Options.Select(o => o.Percent));
    }

    [Fact]
    public void The_public_gets_the_number_of_text_answers_but_not_the_texts()
    {
        var full = Aggregate();
        var text = full.WithoutTexts().Questions[2];

        Assert.Equal(["我的电话13800000001"], full.Questions[2].Texts);
        Assert.Equal(1, text.TextCount);
        Assert.Empty(text.Texts);
    }

    [Fact]
    public void A_survey_without_answers_gives_zeros_not_a_division_by_zero()
    {
        var empty = SurveyResults.Aggregate(_survey, 0, []);

        Assert.All(empty.Questions.SelectMany(q => q.Options), o => Assert.Equal(0, o.Percent));
    }
}

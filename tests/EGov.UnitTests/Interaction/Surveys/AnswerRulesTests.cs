using EGov.Interaction.Surveys.Answering;

namespace EGov.UnitTests.Interaction.Surveys;

public sealed class AnswerRulesTests
{
    private readonly EGov.Interaction.Domain.Surveys.Survey _survey = SurveyBuilder.Build();

    [Fact]
    public void A_complete_answer_gives_one_row_per_chosen_option_and_the_text()
    {
        var (answers, errors) = AnswerRules.Check(_survey.Questions,
        [
            new AnswerInput(_survey.Q(1).Id, [_survey.O(1, 2)], null),
            new AnswerInput(_survey.Q(2).Id, [_survey.O(2, 1), _survey.O(2, 3)], null),
            new AnswerInput(_survey.Q(3).Id, [], " 早点开门 "),
        ]);

        Assert.Empty(errors);
        Assert.Equal(4, answers.Count);
        Assert.Equal("早点开门", answers.Single(a => a.Text is not null).Text);
    }

    [Fact]
    public void A_required_question_left_out_is_named_by_its_number()
    {
        var (_, errors) = AnswerRules.Check(_survey.Questions, [new AnswerInput(_survey.Q(2).Id, [_survey.O(2, 1)], null)]);

        Assert.Equal("请回答第1题。", errors[AnswerRules.Field(_survey.Q(1).Id)]);
        Assert.Single(errors);
    }

    [Fact]
    public void A_single_choice_takes_one_option_only()
    {
        var (_, errors) = AnswerRules.Check(_survey.Questions,
            [new AnswerInput(_survey.Q(1).Id, [_survey.O(1, 1), _survey.O(1, 2)], null), new AnswerInput(_survey.Q(2).Id, [_survey.O(2, 1)], null)]);

        Assert.Contains("只能选一项", errors[AnswerRules.Field(_survey.Q(1).Id)], StringComparison.Ordinal);
    }

    [Fact]
    public void An_option_of_another_question_is_refused()
    {
        var (_, errors) = AnswerRules.Check(_survey.Questions,
            [new AnswerInput(_survey.Q(1).Id, [_survey.O(2, 1)], null), new AnswerInput(_survey.Q(2).Id, [_survey.O(2, 1)], null)]);

        Assert.Contains("选项无效", errors[AnswerRules.Field(_survey.Q(1).Id)], StringComparison.Ordinal);
    }

    [Fact]
    public void An_answer_to_a_question_of_another_survey_is_refused()
    {
        var (_, errors) = AnswerRules.Check(_survey.Questions,
            [new AnswerInput(_survey.Q(1).Id, [_survey.O(1, 1)], null), new AnswerInput(_survey.Q(2).Id, [_survey.O(2, 1)], null), new AnswerInput(Guid.NewGuid(), [], "x")]);

        Assert.True(errors.ContainsKey(""));
    }

    [Fact]
    public void Too_long_a_text_is_refused()
    {
        var (_, errors) = AnswerRules.Check(_survey.Questions,
        [
            new AnswerInput(_survey.Q(1).Id, [_survey.O(1, 1)], null), new AnswerInput(_survey.Q(2).Id, [_survey.O(2, 1)], null),
            new AnswerInput(_survey.Q(3).Id, [], new string('长', AnswerRules.MaxText + 1)),
        ]);

        Assert.True(errors.ContainsKey(AnswerRules.Field(_survey.Q(3).Id)));
    }
}

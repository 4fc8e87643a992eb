using EGov.Interaction.Domain.Surveys;
using EGov.Interaction.Surveys.Editing;

namespace EGov.UnitTests.Interaction.Surveys;

public sealed class SurveyRulesTests
{
    private static SurveyInput Input(params QuestionInput[] questions)
        => new() { Title = "调查", OpensOn = new(2026, 3, 1), ClosesOn = new(2026, 3, 31), Questions = [.. questions] };

    [Fact]
    public void A_choice_question_needs_two_options_blank_lines_not_counted()
    {
        var errors = SurveyRules.Check(Input(new QuestionInput { Text = "满意吗", Kind = QuestionKind.SingleChoice, Options = ["满意", "  ", ""] }));

        Assert.Equal("第1题是选择题，至少要有两个选项。", errors["Questions[0].Options"]);
    }

    [Fact]
    public void A_text_question_needs_no_options()
        => Assert.Empty(SurveyRules.Check(Input(new QuestionInput { Text = "建议", Kind = QuestionKind.Text })));

    [Fact]
    public void Duplicate_options_are_refused()
        => Assert.True(SurveyRules.Check(Input(new QuestionInput { Text = "选", Kind = QuestionKind.MultipleChoice, Options = ["甲", "甲"] }))
            .ContainsKey("Questions[0].Options"));

    [Fact]
    public void The_same_questions_are_recognised_so_that_editing_the_title_stays_possible_after_answers()
    {
        var q = new QuestionInput { Text = "满意吗", Kind = QuestionKind.SingleChoice, Options = ["满意", "不满意"] };
        var built = SurveyRules.Build(Guid.NewGuid(), [q]);

        Assert.True(SurveyRules.SameQuestions(built, [q]));
        Assert.False(SurveyRules.SameQuestions(built, [new QuestionInput { Text = "满意吗", Kind = QuestionKind.SingleChoice, Options = ["满意", "一般"] }]));
    }
}

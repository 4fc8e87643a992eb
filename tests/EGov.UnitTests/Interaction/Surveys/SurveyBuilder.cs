using EGov.Interaction.Domain.Surveys;
using EGov.Interaction.Surveys.Editing;

namespace EGov.UnitTests.Interaction.Surveys;

/// <summary>A survey with a single choice (3 options), a multiple choice (3 options) and an optional text question.</summary>
internal static class SurveyBuilder
{
    public static Survey Build()
    {
        var survey = new Survey { Title = "满意度调查", OpensOn = new(2026, 3, 1), ClosesOn = new(2026, 3, 31) };
        survey.Questions = SurveyRules.Build(survey.Id,
        [
            new QuestionInput { Text = "总体满意度", Kind = QuestionKind.SingleChoice, Options = ["满意", "一般", "不满意"] },
            new QuestionInput { Text = "需改进的方面", Kind = QuestionKind.MultipleChoice, Options = ["时间", "材料", "态度"] },
            new QuestionInput { Text = "建议", Kind = QuestionKind.Text, IsRequired = false },
        ]);
        return survey;
    }

    public static SurveyQuestion Q(this Survey survey, int number) => survey.Questions[number - 1];

    public static Guid O(this Survey survey, int number, int option) => survey.Questions[number - 1].Options[option - 1].Id;
}

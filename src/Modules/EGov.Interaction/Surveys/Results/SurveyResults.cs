using EGov.Interaction.Domain.Surveys;

namespace EGov.Interaction.Surveys.Results;

internal sealed record OptionResult(Guid Id, string Text, int Count, double Percent);

/// <summary>
/// The figures of one question. Percentages are of the respondents who answered the question (for a multiple choice
/// they add up to more than 100). <see cref="Texts"/> only in the staff view: free text may hold personal data.
/// </summary>
internal sealed record QuestionResult(Guid Id, int Number, string Text, QuestionKind Kind, int Answered, IReadOnlyList<OptionResult> Options, int TextCount, IReadOnlyList<string> Texts);

internal sealed record SurveyResult(Guid SurveyId, string Title, DateOnly OpensOn, DateOnly ClosesOn, int Responses, IReadOnlyList<QuestionResult> Questions)
{
    /// <summary>The same figures without the text answers, as the public sees them.</summary>
    public SurveyResult WithoutTexts() => this with { Questions = [.. Questions.Select(q => q with { Texts = [] })] };
}

/// <summary>Counts the answers of a survey per question and option.</summary>
internal static class SurveyResults
{
    /// <param name="answers">Every answer of the survey with the response it belongs to.</param>
    public static SurveyResult Aggregate(Survey survey, int responses, IReadOnlyList<(Guid ResponseId, SurveyAnswer Answer)> answers)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var byQuestion = answers.ToLookup(a => a.Answer.QuestionId);
        var questions = survey.Questions.OrderBy(q => q.Order).Select((q, i) =>
        {
            var mine = byQuestion[q.Id].ToList();
            var answered = mine.Select(a => a.ResponseId).Distinct().Count();
            var options = q.Options.OrderBy(o => o.Order).Select(o =>
            {
                var count = mine.Count(a => a.Answer.OptionId == o.Id);
                return new OptionResult(o.Id, o.Text, count, answered == 0 ? 0 : Math.Round(100.0 * count / answered, 1));
            }).ToList();
            var texts = mine.Where(a => a.Answer.Text is not null).Select(a => a.Answer.Text!).ToList();
            return new QuestionResult(q.Id, i + 1, q.Text, q.Kind, answered, options, texts.Count, texts);
        }).ToList();
        return new SurveyResult(survey.Id, survey.Title, survey.OpensOn, survey.ClosesOn, responses, questions);
    }
}

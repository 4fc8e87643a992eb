using EGov.Interaction.Domain.Surveys;

namespace EGov.Interaction.Surveys.Answering;

/// <summary>
/// Checks answers against the questions: every required question answered, options belonging to their question,
/// one option for a single choice, text only for text questions. Errors are keyed <c>q_{questionId}</c>.
/// </summary>
internal static class AnswerRules
{
    public const int MaxText = 2000;

    public static string Field(Guid questionId) => $"q_{questionId:N}";

    public static (List<SurveyAnswer> Answers, Dictionary<string, string> Errors) Check(IReadOnlyList<SurveyQuestion> questions, IEnumerable<AnswerInput> input)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var given = input.GroupBy(a => a.QuestionId).ToDictionary(g => g.Key, g => g.ToList());
        var errors = new Dictionary<string, string>();
        if (given.Keys.Any(id => questions.All(q => q.Id != id)))
        {
            errors[""] = "答卷中有不属于本调查的题目，请刷新页面后重新填写。";
        }

        var answers = new List<SurveyAnswer>();
        foreach (var (question, number) in questions.OrderBy(q => q.Order).Select((q, i) => (q, i + 1)))
        {
            var parts = given.GetValueOrDefault(question.Id) ?? [];
            var options = parts.SelectMany(p => p.OptionIds ?? []).Distinct().ToList();
            var text = string.Join("\n", parts.Select(p => p.Text?.Trim()).Where(t => !string.IsNullOrEmpty(t)));
            if (Problem(question, number, options, text) is { } problem)
            {
                errors[Field(question.Id)] = problem;
                continue;
            }

            answers.AddRange(question.Kind == QuestionKind.Text
                ? text.Length == 0 ? [] : [new SurveyAnswer { QuestionId = question.Id, Text = text }]
                : options.Select(o => new SurveyAnswer { QuestionId = question.Id, OptionId = o }));
        }

        return (answers, errors);
    }

    private static string? Problem(SurveyQuestion question, int number, List<Guid> options, string text)
    {
        var empty = question.Kind == QuestionKind.Text ? text.Length == 0 : options.Count == 0;
        if (empty)
        {
            return question.IsRequired ? $"请回答第{number}题。" : null;
        }

        if (question.Kind == QuestionKind.Text)
        {
            return options.Count > 0 ? $"第{number}题是填空题，请填写文字。" : text.Length > MaxText ? $"第{number}题的回答请控制在{MaxText}字以内。" : null;
        }

        if (text.Length > 0 || options.Any(o => question.Options.All(x => x.Id != o)))
        {
            return $"第{number}题的选项无效，请刷新页面后重新选择。";
        }

        return question.Kind == QuestionKind.SingleChoice && options.Count > 1 ? $"第{number}题是单选题，只能选一项。" : null;
    }
}

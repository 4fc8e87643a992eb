using EGov.Interaction.Domain.Surveys;
using EGov.Interaction.Opinions;

namespace EGov.Interaction.Surveys.Editing;

/// <summary>What makes a survey well formed: a title, dates in order, and questions with at least two options to choose from.</summary>
internal static class SurveyRules
{
    public static Dictionary<string, string> Check(SurveyInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = OpinionRules.CheckDates(input.OpensOn, input.ClosesOn);
        if ((input.Title?.Trim().Length ?? 0) is 0 or > 200)
        {
            errors["Title"] = "请填写调查标题（200字以内）。";
        }

        if (input.Description?.Length > 5000)
        {
            errors["Description"] = "说明请控制在5000字以内。";
        }

        for (var i = 0; i < input.Questions.Count; i++)
        {
            var q = input.Questions[i];
            var options = Options(q);
            if ((q.Text?.Trim().Length ?? 0) is 0 or > 500)
            {
                errors[$"Questions[{i}].Text"] = $"请填写第{i + 1}题的题目（500字以内）。";
            }

            if (!Enum.IsDefined(q.Kind))
            {
                errors[$"Questions[{i}].Kind"] = $"第{i + 1}题的题型无效。";
            }
            else if (q.Kind != QuestionKind.Text && options.Count < 2)
            {
                errors[$"Questions[{i}].Options"] = $"第{i + 1}题是选择题，至少要有两个选项。";
            }
            else if (options.Any(o => o.Length > 200) || options.Distinct().Count() != options.Count)
            {
                errors[$"Questions[{i}].Options"] = $"第{i + 1}题的选项不能重复，每项200字以内。";
            }
        }

        return errors;
    }

    /// <summary>The options as they are kept: trimmed, blank ones dropped; none for a text question.</summary>
    public static List<string> Options(QuestionInput question)
        => question.Kind == QuestionKind.Text ? [] : [.. question.Options.Select(o => o.Trim()).Where(o => o.Length > 0)];

    /// <summary>The questions as built from the input, in order.</summary>
    public static List<SurveyQuestion> Build(Guid surveyId, IEnumerable<QuestionInput> questions)
        => [.. questions.Select((q, i) =>
        {
            var question = new SurveyQuestion { SurveyId = surveyId, Order = i + 1, Text = q.Text!.Trim(), Kind = q.Kind, IsRequired = q.IsRequired };
            question.Options = [.. Options(q).Select((o, j) => new SurveyOption { QuestionId = question.Id, Order = j + 1, Text = o })];
            return question;
        })];

    /// <summary>Whether the input asks the same questions as the survey (answers exist: only then may it be saved).</summary>
    public static bool SameQuestions(IReadOnlyList<SurveyQuestion> existing, IReadOnlyList<QuestionInput> input)
        => Signature(existing.OrderBy(q => q.Order).Select(q => (q.Text, q.Kind, q.IsRequired, (IEnumerable<string>)q.Options.OrderBy(o => o.Order).Select(o => o.Text))))
            == Signature(input.Select(q => (q.Text?.Trim() ?? "", q.Kind, q.IsRequired, (IEnumerable<string>)Options(q))));

    private static string Signature(IEnumerable<(string Text, QuestionKind Kind, bool Required, IEnumerable<string> Options)> questions)
        => string.Join("\n", questions.Select(q => $"{q.Kind}|{q.Required}|{q.Text}|{string.Join("\u001f", q.Options)}"));
}

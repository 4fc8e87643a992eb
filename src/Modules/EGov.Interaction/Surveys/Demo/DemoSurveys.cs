using EGov.Interaction.Domain.Surveys;
using EGov.Interaction.Surveys.Editing;

namespace EGov.Interaction.Surveys.Demo;

/// <summary>DEMO DATA: the questions of the demo surveys and generated answers spread over the options.</summary>
internal static class DemoSurveys
{
    public static readonly IReadOnlyList<QuestionInput> Satisfaction =
    [
        Choice("您最近一次办理政务服务事项的方式是？", QuestionKind.SingleChoice, "政务服务中心窗口", "网上办理", "手机办理", "自助终端"),
        Choice("您对办理过程的总体满意程度是？", QuestionKind.SingleChoice, "非常满意", "满意", "一般", "不满意"),
        Choice("您认为最需要改进的方面有哪些？（可多选）", QuestionKind.MultipleChoice, "办理时间", "材料要求", "窗口服务态度", "网上办理便利度", "咨询渠道"),
        Choice("您是否愿意推荐他人使用网上办理？", QuestionKind.SingleChoice, "愿意", "不确定", "不愿意"),
        new QuestionInput { Text = "您对改进政务服务还有什么建议？", Kind = QuestionKind.Text, IsRequired = false },
    ];

    public static readonly IReadOnlyList<QuestionInput> LivingCircle =
    [
        Choice("您居住的街道是？", QuestionKind.SingleChoice, "西陵街道", "学院街道", "云集街道", "西坝街道", "葛洲坝街道", "夜明珠街道"),
        Choice("您步行15分钟内最缺少的设施有哪些？（可多选）", QuestionKind.MultipleChoice, "菜市场", "社区食堂", "养老服务站", "托育机构", "健身场地", "便利店"),
        Choice("您对现有便民设施的满意程度是？", QuestionKind.SingleChoice, "满意", "基本满意", "不满意"),
        new QuestionInput { Text = "您希望优先建设哪些设施？", Kind = QuestionKind.Text, IsRequired = false },
    ];

    private static readonly string[] Suggestions = ["希望社区食堂能照顾老年人口味。", "小区附近缺少健身场地。", "建议菜市场延长营业时间。"];

    /// <summary><paramref name="count"/> answers, each choosing by a fixed pattern so the figures differ per option.</summary>
    public static IEnumerable<SurveyResponse> Responses(Survey survey, int count, DateTime from, Func<int, string> key)
    {
        for (var n = 1; n <= count; n++)
        {
            var response = new SurveyResponse { SurveyId = survey.Id, RespondentKey = key(n + survey.Questions.Count * 1000), SubmittedAt = from.AddHours(n * 7) };
            foreach (var q in survey.Questions)
            {
                var pick = q.Options.Count == 0 ? 0 : (n * n + q.Order) % (q.Options.Count + 2) % q.Options.Count;
                if (q.Kind == QuestionKind.Text)
                {
                    if (n % 5 == 0)
                    {
                        response.Answers.Add(new SurveyAnswer { ResponseId = response.Id, QuestionId = q.Id, Text = Suggestions[n % Suggestions.Length] });
                    }

                    continue;
                }

                response.Answers.Add(new SurveyAnswer { ResponseId = response.Id, QuestionId = q.Id, OptionId = q.Options[pick].Id });
                if (q.Kind == QuestionKind.MultipleChoice && n % 3 == 0)
                {
                    response.Answers.Add(new SurveyAnswer { ResponseId = response.Id, QuestionId = q.Id, OptionId = q.Options[(pick + 1) % q.Options.Count].Id });
                }
            }

            yield return response;
        }
    }

    private static QuestionInput Choice(string text, QuestionKind kind, params string[] options) => new() { Text = text, Kind = kind, Options = [.. options] };
}

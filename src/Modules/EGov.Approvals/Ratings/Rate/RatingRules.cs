using System.Text.Json;
using EGov.Approvals.Domain;
using EGov.Approvals.Domain.Ratings;
using EGov.Platform.Results;

namespace EGov.Approvals.Ratings.Rate;

/// <summary>
/// 好差评 content rules (国办发〔2019〕51号; proposals-and-interaction.md §4.4): five levels 非常满意 (5) … 非常不满意 (1),
/// 差评 = 不满意 and 非常不满意; the overall score and every dimension of the channel are required; a 差评 must say why
/// (a comment or a chosen reason), so the department can verify and rectify it.
/// </summary>
internal static class RatingRules
{
    public const int MaxComment = 1000;

    /// <summary>Common reasons offered with a 差评 (local list; the comment may say more).</summary>
    public static IReadOnlyList<string> BadReasons { get; } =
        ["办理时间长", "多次跑动", "材料要求不清楚", "办事指南与实际不符", "服务态度差", "平台操作不便", "其他"];

    public static IReadOnlyList<int> Levels { get; } = [5, 4, 3, 2, 1];

    public static bool IsBad(int overall) => overall <= 2;

    public static Result<ValidRating> Validate(RatingChannel channel, RatingInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string[]>();
        if (input.Overall is not (>= 1 and <= 5))
        {
            errors["Overall"] = ["请选择整体满意度（1至5星）。"];
        }

        var scores = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, name) in RatingDimensions.For(channel))
        {
            if (input.Dimensions.GetValueOrDefault(key) is { } score and >= 1 and <= 5)
            {
                scores[key] = score;
            }
            else
            {
                errors[$"Dimensions[{key}]"] = [$"请为“{name}”评分（1至5星）。"];
            }
        }

        var unknown = input.Dimensions.Keys.Where(k => !RatingDimensions.For(channel).ContainsKey(k)).ToList();
        if (unknown.Count > 0)
        {
            errors["Dimensions"] = [$"评价指标不在{ApprovalsNames.Of(channel)}的指标内：{string.Join("、", unknown)}。"];
        }

        var comment = input.Comment?.Trim();
        var reason = string.IsNullOrWhiteSpace(input.BadReason) ? null : input.BadReason.Trim();
        if (comment?.Length > MaxComment)
        {
            errors["Comment"] = [$"评价内容不能超过{MaxComment}字。"];
        }

        if (reason is not null && !BadReasons.Contains(reason))
        {
            errors["BadReason"] = ["请从列表中选择差评原因。"];
        }

        if (input.Overall is { } overall && IsBad(overall) && string.IsNullOrEmpty(comment) && reason is null)
        {
            errors["Comment"] = ["差评请选择原因或写明具体问题，以便部门核实整改。"];
        }

        if (errors.Count > 0)
        {
            return RatingErrors.Invalid(errors);
        }

        var text = (reason, string.IsNullOrEmpty(comment) ? null : comment) switch
        {
            (null, var c) => c,
            (var r, null) => $"【{r}】",
            var (r, c) => $"【{r}】{c}",
        };
        return new ValidRating(input.Overall!.Value, JsonSerializer.Serialize(scores), text, !input.Anonymous);
    }
}

internal sealed record ValidRating(int Overall, string DimensionsJson, string? Comment, bool Named)
{
    public bool IsBad => RatingRules.IsBad(Overall);
}

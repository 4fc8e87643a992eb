using EGov.Oversight.Domain;
using EGov.Platform.Clocks;
using EGov.Platform.Results;

namespace EGov.Oversight.Rules.Editing;

/// <summary>Which numbers a rule has and their ranges; a rule has a number when its default has one.</summary>
internal static class RuleNumbers
{
    public const int MaxCorrectionDays = 30;

    public static (int Min, int Max) DaysRange(string code)
        => code == OversightRules.Warning ? (0, WarningThresholds.MaxWorkingDays) : (1, MaxCorrectionDays);

    /// <summary>The input made whole for <paramref name="rule"/>: numbers it lacks are dropped, the warning keeps its level (it raises no card).</summary>
    public static Result<RuleInput> Check(OversightRule rule, RuleInput input)
    {
        var fields = new Dictionary<string, string[]>();
        var days = rule.Days is null ? null : input.Days;
        var percent = rule.Percent is null ? null : input.Percent;
        var (min, max) = DaysRange(rule.Code);
        if (rule.Days is not null && days is not { } d)
        {
            fields["days"] = ["请填写工作日数"];
        }
        else if (days is { } n && (n < min || n > max))
        {
            fields["days"] = [$"工作日数应在 {min} 到 {max} 之间"];
        }

        if (rule.Percent is not null && percent is not { } p)
        {
            fields["percent"] = ["请填写比例"];
        }
        else if (percent is < 0 or > 100)
        {
            fields["percent"] = ["比例应在 0 到 100 之间"];
        }

        if (!Enum.IsDefined(input.Level))
        {
            fields["level"] = ["级别只能是黄牌或红牌"];
        }

        if (fields.Count > 0)
        {
            return Error.Validation("oversight.rule_invalid", string.Join("；", fields.Values.SelectMany(v => v))) with { Fields = fields };
        }

        var level = rule.Code == OversightRules.Warning ? rule.Level : input.Level;
        return input with { Level = level, Days = days, Percent = percent };
    }

    public static string LevelName(CardLevel level) => level == CardLevel.Red ? "红牌" : "黄牌";
}

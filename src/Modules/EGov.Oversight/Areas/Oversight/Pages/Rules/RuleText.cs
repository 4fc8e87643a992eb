using System.Globalization;
using EGov.Oversight.Rules;
using EGov.Oversight.Rules.Editing;
using EGov.Platform.Time;

namespace EGov.Oversight.Areas.Oversight.Pages.Rules;

/// <summary>A rule's setting in words, for the default and the current line of the rules page.</summary>
internal static class RuleText
{
    public static string Describe(OversightRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (!rule.Enabled)
        {
            return "停用";
        }

        return rule.Code == OversightRules.Warning
            ? $"启用；剩余不超过 {rule.Days} 个工作日或不超过时限的 {rule.Percent}% 时预警"
            : $"启用；{RuleNumbers.LevelName(rule.Level)}" + (rule.Days is { } d ? $"；{d} 个工作日" : "");
    }

    public static string At(DateTime utc) => ChinaTime.ToLocal(utc).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);

    public static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}

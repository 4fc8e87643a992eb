using System.Globalization;
using System.Text.Json;
using EGov.Platform.Time;

namespace EGov.Oversight.Statistics;

/// <summary>How the statistics pages print figures and feed the charts.</summary>
internal static class StatisticsDisplay
{
    public static string Percent(double? share) => share is { } s ? (s * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    public static string Number(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    public static string Time(DateTime utc) => ChinaTime.ToLocal(utc).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The chart data for <c>oversight-statistics.js</c> (a JSON block, not inline code, under the CSP).</summary>
    public static string ChartJson(OversightStatistics s, IReadOnlyList<RuleCount>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        return JsonSerializer.Serialize(new
        {
            departments = s.Ranking.Select(r => r.Name),
            scores = s.Ranking.Select(r => r.Score),
            onTime = s.Ranking.Select(r => r.Figures.OnTime),
            overdue = s.Ranking.Select(r => r.Figures.Overdue),
            months = s.ByMonth.Select(m => m.Label),
            cases = s.ByMonth.Select(m => m.Figures.Cases),
            monthOverdue = s.ByMonth.Select(m => m.Figures.Overdue),
            yellow = s.ByMonth.Select(m => m.Figures.Yellow),
            red = s.ByMonth.Select(m => m.Figures.Red),
            anomalies = s.ByMonth.Select(m => m.Figures.Anomalies),
            rules = (rules ?? []).Select(r => new { name = r.Name, value = r.Count }),
        });
    }
}

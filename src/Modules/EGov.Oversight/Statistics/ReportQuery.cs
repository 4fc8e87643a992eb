using EGov.Oversight.Domain;
using EGov.Oversight.Rules;
using EGov.Platform.Organization;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Oversight.Statistics;

/// <summary>The monthly report of a month for holders of <c>oversight.report</c>, in their scope.</summary>
internal sealed class ReportQuery(StatisticsQuery statistics, CardCounts cards, RuleBook rules, IOrganizationDirectory directory, TimeProvider time)
{
    /// <summary>The red cards listed in the report; the rest are counted in the rule table.</summary>
    public const int MaxRedCards = 200;

    public async Task<Result<MonthlyReport>> QueryAsync(string? month, CancellationToken cancellationToken = default)
    {
        var current = StatisticsPeriod.Of(null, null, time).Value.To;
        var parsed = StatisticsPeriod.Month(month, "month", current);
        if (!parsed.IsSuccess)
        {
            return parsed.Error!;
        }

        var text = $"{parsed.Value:yyyy-MM}";
        var filter = await statistics.FilterAsync(text, text, null, null, cancellationToken);
        if (!filter.IsSuccess)
        {
            return filter.Error!;
        }

        var figures = await statistics.QueryAsync(filter.Value, cancellationToken);
        var raised = cards.Raised(filter.Value);
        var names = rules.Defaults.ToDictionary(r => r.Code, r => r.Name);
        var byRule = await raised.GroupBy(c => new { c.Rule, c.Level, c.IsAnomaly })
            .Select(g => new { g.Key.Rule, g.Key.Level, g.Key.IsAnomaly, Count = g.Count(), Open = g.Count(c => c.State == CardState.Open || c.State == CardState.Answered) })
            .ToListAsync(cancellationToken);
        var red = await raised.Where(c => c.Level == CardLevel.Red).OrderBy(c => c.RaisedAt).ThenBy(c => c.Id).Take(MaxRedCards)
            .Select(c => new { c.Id, c.Title, c.DepartmentId, c.Item, c.Rule, c.Reason, c.RaisedAt, c.State })
            .ToListAsync(cancellationToken);
        var departments = (await directory.TreeAsync(cancellationToken)).ToDictionary(d => d.Id, d => d.Name);

        return new MonthlyReport(
            text,
            figures,
            [.. byRule.Select(r => new RuleCount(r.Rule, names.GetValueOrDefault(r.Rule, r.Rule), r.Level == CardLevel.Red ? "红牌" : "黄牌", r.IsAnomaly, r.Count, r.Open))
                .OrderByDescending(r => r.Count).ThenBy(r => r.Rule, StringComparer.Ordinal)],
            [.. red.Select(c => new RedCardRow(
                c.Id, c.Title, c.DepartmentId is { } d ? departments.GetValueOrDefault(d, StatisticsQuery.NoDepartment) : StatisticsQuery.NoDepartment,
                c.Item, names.GetValueOrDefault(c.Rule, c.Rule), c.Reason, c.RaisedAt, StateName(c.State), $"/office/oversight/cards/{c.Id}"))]);
    }

    public static string StateName(CardState state) => state switch
    {
        CardState.Open => "待整改",
        CardState.Answered => "已说明",
        CardState.Closed => "已办结",
        _ => "已升级",
    };
}

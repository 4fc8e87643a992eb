using EGov.Oversight.Domain;
using EGov.Oversight.Rules;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace EGov.Oversight.Scan;

/// <summary>
/// Raises a card for every overdue clock whose type is judged by an enabled rule: one INSERT … SELECT per clock type,
/// skipping the clocks that already have their card (one card per rule and clock). Stopped clocks keep the level they
/// had at the stop, so a case concluded late still gets its card.
/// </summary>
internal sealed class ClockCards(EGovDbContext db, ClockTypes types)
{
    public async Task<Dictionary<string, int>> RaiseAsync(IReadOnlyDictionary<string, OversightRule> rules, DateTime now, CancellationToken cancellationToken)
    {
        var raised = new Dictionary<string, int>();
        foreach (var type in types.All.OrderBy(t => t.Module, StringComparer.Ordinal).ThenBy(t => t.CaseType, StringComparer.Ordinal))
        {
            if (ClockRuleMap.RuleFor(type) is { } code && rules.TryGetValue(code, out var rule) && rule.Enabled)
            {
                var arguments = new SqlArguments();
                var sql = Sql(type, rule, now, arguments);
                var count = await db.Database.ExecuteSqlRawAsync(sql, arguments.Values, cancellationToken);
                raised[code] = raised.GetValueOrDefault(code) + count;
            }
        }

        return raised;
    }

    /// <summary>预警原因: the rule's name without its level, e.g. 超过承诺时限.</summary>
    public static string ReasonOf(OversightRule rule) => rule.Name[(rule.Name.IndexOf('：', StringComparison.Ordinal) + 1)..];

    private string Sql(ClockType type, OversightRule rule, DateTime now, SqlArguments a)
    {
        var (k, c, d) = (SqlTable.Of<Card>(db), SqlTable.Of<StatutoryClock>(db), SqlDialect.Of(db));
        var (rule_, cause) = (a.Add(rule.Code), $"lower(CAST(c.{c[nameof(StatutoryClock.Id)]} AS TEXT))");
        var evidence = d.Json(
            ("module", $"c.{c[nameof(StatutoryClock.Module)]}"),
            ("caseType", $"c.{c[nameof(StatutoryClock.CaseType)]}"),
            ("dueDate", d.Date($"c.{c[nameof(StatutoryClock.DueDate)]}")),
            ("dueAt", d.Instant($"c.{c[nameof(StatutoryClock.DueAt)]}")),
            ("limit", $"c.{c[nameof(StatutoryClock.LimitValue)]}"),
            ("limitUnit", $"c.{c[nameof(StatutoryClock.LimitUnit)]}"),
            ("state", $"c.{c[nameof(StatutoryClock.State)]}"),
            ("stoppedAt", d.Instant($"c.{c[nameof(StatutoryClock.StoppedAt)]}")));
        return $"""
            INSERT INTO {k.Name} ({CardColumns.Insert(k)})
            SELECT {rule_}, {cause}, {a.Add(rule.Level.ToString())}, {a.Add(rule.IsAnomaly)}, c.{c[nameof(StatutoryClock.Id)]},
                c.{c[nameof(StatutoryClock.Module)]}, c.{c[nameof(StatutoryClock.CaseType)]}, c.{c[nameof(StatutoryClock.CaseId)]},
                c.{c[nameof(StatutoryClock.DepartmentId)]}, c.{c[nameof(StatutoryClock.Item)]}, c.{c[nameof(StatutoryClock.Title)]},
                replace({a.Add(type.CaseUrlTemplate)}, {a.Add("{caseId}")}, c.{c[nameof(StatutoryClock.CaseId)]}),
                {a.Add(ReasonOf(rule) + "：到期日 ")} || {d.Date($"c.{c[nameof(StatutoryClock.DueDate)]}")}, {evidence},
                c.{c[nameof(StatutoryClock.DueAt)]}, {a.Add(now)}, {a.Add(ChinaTime.DateOf(now))}, {a.Add(nameof(CardState.Open))}, {a.Add(false)}, 0, NULL
            FROM {c.Name} c
            WHERE c.{c[nameof(StatutoryClock.State)]} IN ({a.Add(nameof(ClockState.Running))}, {a.Add(nameof(ClockState.Paused))}, {a.Add(nameof(ClockState.Stopped))})
                AND c.{c[nameof(StatutoryClock.Module)]} = {a.Add(type.Module)} AND c.{c[nameof(StatutoryClock.CaseType)]} = {a.Add(type.CaseType)}
                AND c.{c[nameof(StatutoryClock.WarningLevel)]} = {a.Add(nameof(WarningLevel.Overdue))}
                AND NOT EXISTS (SELECT 1 FROM {k.Name} x WHERE x.{k[nameof(Card.Rule)]} = {rule_} AND x.{k[nameof(Card.Cause)]} = {cause})
            ON CONFLICT DO NOTHING
            """;
    }
}

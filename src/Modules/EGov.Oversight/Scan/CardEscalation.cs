using EGov.Oversight.Domain;
using EGov.Oversight.Rules;
using EGov.Platform.Calendar;
using EGov.Platform.Data;
using EGov.Platform.Inbox;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace EGov.Oversight.Scan;

/// <summary>
/// 黄牌逾期未整改 → 红牌: an open yellow card raised on or before the cutoff day, or past its 督办 deadline, gets a red card
/// (one INSERT … SELECT, one per yellow card) and is marked Escalated (one UPDATE); its open work items are completed,
/// since the department now answers the red card.
/// </summary>
internal sealed class CardEscalation(EGovDbContext db, WorkingDayCalendar calendar, IWorkItems workItems)
{
    public async Task<int> EscalateAsync(OversightRule rule, DateTime now, CancellationToken cancellationToken)
    {
        var today = ChinaTime.DateOf(now);
        var cutoff = EscalationCutoff.For(calendar, today, rule.Days ?? 3);
        var arguments = new SqlArguments();
        var raised = await db.Database.ExecuteSqlRawAsync(InsertSql(rule, now, today, cutoff, arguments), arguments.Values, cancellationToken);

        var marking = new SqlArguments();
        var escalated = await db.Database.SqlQueryRaw<long>(UpdateSql(rule, marking), [.. marking.Values]).ToListAsync(cancellationToken);
        foreach (var id in escalated)
        {
            await workItems.CompleteAsync(CardInbox.Module, id.ToString(System.Globalization.CultureInfo.InvariantCulture), null, null, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return raised;
    }

    private string InsertSql(OversightRule rule, DateTime now, DateOnly today, DateOnly cutoff, SqlArguments a)
    {
        var (k, d) = (SqlTable.Of<Card>(db), SqlDialect.Of(db));
        var days = rule.Days ?? 3;
        var (rule_, cause, todayArg) = (a.Add(rule.Code), $"CAST(y.{k[nameof(Card.Id)]} AS TEXT)", a.Add(today));
        var urged = $"y.{k[nameof(Card.UrgeDeadline)]} IS NOT NULL AND y.{k[nameof(Card.UrgeDeadline)]} < {todayArg}";
        var evidence = d.Json(
            ("yellowCard", $"y.{k[nameof(Card.Id)]}"),
            ("yellowRule", $"y.{k[nameof(Card.Rule)]}"),
            ("raisedOn", d.Date($"y.{k[nameof(Card.RaisedOn)]}")),
            ("urgeDeadline", d.Date($"y.{k[nameof(Card.UrgeDeadline)]}")),
            ("days", days.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return $"""
            INSERT INTO {k.Name} ({CardColumns.Insert(k)})
            SELECT {rule_}, {cause}, {a.Add(rule.Level.ToString())}, {a.Add(false)}, y.{k[nameof(Card.ClockId)]},
                y.{k[nameof(Card.Module)]}, y.{k[nameof(Card.CaseType)]}, y.{k[nameof(Card.CaseId)]},
                y.{k[nameof(Card.DepartmentId)]}, y.{k[nameof(Card.Item)]}, y.{k[nameof(Card.Title)]}, y.{k[nameof(Card.CaseUrl)]},
                CASE WHEN {urged} THEN {a.Add("黄牌督办期限已过仍未整改：督办期限 ")} || {d.Date($"y.{k[nameof(Card.UrgeDeadline)]}")}
                    ELSE {a.Add($"黄牌发出后 {days} 个工作日内未整改：黄牌发出日 ")} || {d.Date($"y.{k[nameof(Card.RaisedOn)]}")} END,
                {evidence}, y.{k[nameof(Card.DueAt)]}, {a.Add(now)}, {todayArg}, {a.Add(nameof(CardState.Open))}, {a.Add(false)}, 0, y.{k[nameof(Card.Id)]}
            FROM {k.Name} y
            WHERE y.{k[nameof(Card.Level)]} = {a.Add(nameof(CardLevel.Yellow))} AND y.{k[nameof(Card.State)]} = {a.Add(nameof(CardState.Open))}
                AND (y.{k[nameof(Card.RaisedOn)]} <= {a.Add(cutoff)} OR ({urged}))
                AND NOT EXISTS (SELECT 1 FROM {k.Name} x WHERE x.{k[nameof(Card.Rule)]} = {rule_} AND x.{k[nameof(Card.Cause)]} = {cause})
            ON CONFLICT DO NOTHING
            """;
    }

    /// <summary>Marks the open yellow cards that have their red card; returns their ids.</summary>
    private string UpdateSql(OversightRule rule, SqlArguments a)
    {
        var k = SqlTable.Of<Card>(db);
        return $"""
            UPDATE {k.Name} AS y SET {k[nameof(Card.State)]} = {a.Add(nameof(CardState.Escalated))}, {k[nameof(Card.Version)]} = {k[nameof(Card.Version)]} + 1
            WHERE y.{k[nameof(Card.Level)]} = {a.Add(nameof(CardLevel.Yellow))} AND y.{k[nameof(Card.State)]} = {a.Add(nameof(CardState.Open))}
                AND EXISTS (SELECT 1 FROM {k.Name} x WHERE x.{k[nameof(Card.Rule)]} = {a.Add(rule.Code)} AND x.{k[nameof(Card.Cause)]} = CAST(y.{k[nameof(Card.Id)]} AS TEXT))
            RETURNING {k[nameof(Card.Id)]} AS "Value"
            """;
    }
}

using EGov.Oversight.Contracts;
using EGov.Oversight.Domain;
using EGov.Platform.Calendar;
using EGov.Platform.Data;
using EGov.Platform.Inbox;
using Microsoft.EntityFrameworkCore;

namespace EGov.Oversight.Scan;

/// <summary>
/// Puts every new card into the responsible department's inbox (待办), set-based: one UPDATE … RETURNING claims the
/// cards not yet delivered (so two scans at once never deliver a card twice) and one INSERT … SELECT adds their items,
/// in one transaction. A card of no department goes to the supervisors' department.
/// </summary>
internal sealed class CardInbox(EGovDbContext db, IWorkItems workItems, WorkingDayCalendar calendar, SupervisorDepartment supervisors)
{
    public const string Module = "oversight";
    public const string AnswerKind = "card.answer";

    /// <param name="answerDays">Working days a department has to answer a yellow card before it turns red.</param>
    public async Task<int> DeliverAsync(int answerDays, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claim = new SqlArguments();
        var claimed = await db.Database.SqlQueryRaw<ClaimedCard>(ClaimSql(claim), [.. claim.Values]).ToListAsync(cancellationToken);
        if (claimed.Count == 0)
        {
            return 0;
        }

        var rows = new SqlArguments();
        var select = SelectSql(claimed, answerDays, await supervisors.FindAsync(cancellationToken), rows);
        var delivered = await workItems.AddRowsAsync(new WorkItemRows(Module, AnswerKind, select, rows.Values), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return delivered;
    }

    private string ClaimSql(SqlArguments a)
    {
        var k = SqlTable.Of<Card>(db);
        return $"""
            UPDATE {k.Name} SET {k[nameof(Card.InInbox)]} = {a.Add(true)} WHERE {k[nameof(Card.InInbox)]} = {a.Add(false)}
            RETURNING {k[nameof(Card.Id)]} AS "Id", {k[nameof(Card.Level)]} AS "Level", {k[nameof(Card.RaisedOn)]} AS "RaisedOn"
            """;
    }

    /// <summary>
    /// Title, link, case, department and permission of each claimed card; a yellow card is due when it would turn red
    /// (<paramref name="answerDays"/> working days after it was raised, worked out here on the holiday calendar).
    /// </summary>
    private string SelectSql(List<ClaimedCard> claimed, int answerDays, Guid? supervisorDepartment, SqlArguments a)
    {
        var (k, d) = (SqlTable.Of<Card>(db), SqlDialect.Of(db));
        var (id, level, department) = ($"k.{k[nameof(Card.Id)]}", $"k.{k[nameof(Card.Level)]}", $"k.{k[nameof(Card.DepartmentId)]}");
        var yellow = a.Add(nameof(CardLevel.Yellow));
        var dues = claimed.Where(c => c.Level == nameof(CardLevel.Yellow)).Select(c => c.RaisedOn).Distinct()
            .Select(raised => (raised, due: calendar.AddWorkingDays(raised, answerDays)))
            .Where(x => x.due.IsSuccess)
            .Select(x => $"WHEN {level} = {yellow} AND k.{k[nameof(Card.RaisedOn)]} = {a.Add(x.raised)} THEN {a.Add(x.due.Value.Date)}")
            .ToList();
        var due = dues.Count == 0 ? "CAST(NULL AS DATE)" : $"CASE {string.Join(" ", dues)} ELSE CAST(NULL AS DATE) END";
        var (assignee, permission, whose) = supervisorDepartment is { } office
            ? ($"COALESCE({department}, {a.Add(office)})",
                $"CASE WHEN {department} IS NULL THEN {a.Add(OversightPermissions.Supervise)} ELSE {a.Add(OversightPermissions.Answer)} END", "")
            : (department, a.Add(OversightPermissions.Answer), $" AND {department} IS NOT NULL");
        return $"""
            SELECT CASE WHEN {level} = {yellow} THEN {a.Add("黄牌：")} ELSE {a.Add("红牌：")} END || k.{k[nameof(Card.Title)]},
                {a.Add("/office/oversight/cards/")} || CAST({id} AS TEXT), CAST({id} AS TEXT), {assignee}, {permission}, {due}
            FROM {k.Name} k
            WHERE {d.AnyOf(id, claimed.Select(c => c.Id).ToList(), a)}{whose}
            """;
    }

    private sealed class ClaimedCard
    {
        public long Id { get; set; }
        public string Level { get; set; } = "";
        public DateOnly RaisedOn { get; set; }
    }
}

using System.Globalization;
using EGov.Oversight.Contracts;
using EGov.Oversight.Domain;
using EGov.Platform.Calendar;
using EGov.Platform.Data;
using EGov.Platform.Inbox;
using Microsoft.EntityFrameworkCore;

namespace EGov.Oversight.Scan;

/// <summary>
/// Puts every new card into the responsible department's inbox (待办), a batch at a time. Each batch is claimed by one
/// UPDATE … RETURNING in its own transaction, so two scans at once never deliver a card twice.
/// </summary>
internal sealed class CardInbox(EGovDbContext db, IWorkItems workItems, WorkingDayCalendar calendar, SupervisorDepartment supervisors)
{
    public const string Module = "oversight";
    public const string AnswerKind = "card.answer";
    private const int Batch = 1000;

    /// <param name="answerDays">Working days a department has to answer a yellow card before it turns red.</param>
    public async Task<int> DeliverAsync(int answerDays, CancellationToken cancellationToken)
    {
        var delivered = 0;
        while (true)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var arguments = new SqlArguments();
            var ids = await db.Database.SqlQueryRaw<long>(ClaimSql(arguments), [.. arguments.Values]).ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                return delivered;
            }

            var cards = await db.Set<Card>().AsNoTracking().Where(c => ids.Contains(c.Id)).OrderBy(c => c.Id).ToListAsync(cancellationToken);
            var fallback = cards.Any(c => c.DepartmentId is null) ? await supervisors.FindAsync(cancellationToken) : null;
            foreach (var card in cards)
            {
                if (ItemFor(card, fallback, answerDays) is { } item)
                {
                    workItems.Add(item);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            delivered += cards.Count;
        }
    }

    private NewWorkItem? ItemFor(Card card, Guid? supervisorDepartment, int answerDays)
    {
        var assignee = card.DepartmentId is { } department
            ? WorkItemAssignee.DepartmentRole(department, OversightPermissions.Answer)
            : supervisorDepartment is { } office ? WorkItemAssignee.DepartmentRole(office, OversightPermissions.Supervise) : null;
        if (assignee is null)
        {
            return null;
        }

        var yellow = card.Level == CardLevel.Yellow;
        var due = yellow && calendar.AddWorkingDays(card.RaisedOn, answerDays) is { IsSuccess: true } d ? d.Value.Date : (DateOnly?)null;
        var id = card.Id.ToString(CultureInfo.InvariantCulture);
        return new NewWorkItem(Module, AnswerKind, $"{(yellow ? "黄牌" : "红牌")}：{card.Title}", $"/office/oversight/cards/{id}", id, assignee, due);
    }

    private string ClaimSql(SqlArguments a)
    {
        var k = SqlTable.Of<Card>(db);
        var (id, inInbox, no) = (k[nameof(Card.Id)], k[nameof(Card.InInbox)], a.Add(false));
        return $"""
            UPDATE {k.Name} SET {inInbox} = {a.Add(true)}
            WHERE {inInbox} = {no} AND {id} IN (SELECT {id} FROM {k.Name} WHERE {inInbox} = {no} ORDER BY {id} LIMIT {Batch})
            RETURNING {id} AS "Value"
            """;
    }
}

using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EGov.Platform.Inbox;

/// <summary>The INSERT … SELECT behind <see cref="IWorkItems.AddRowsAsync"/>, with ids made by the database.</summary>
internal static class WorkItemRowsSql
{
    // A random (version 4) GUID in the upper-case text form EF Core's SQLite provider stores.
    private const string SqliteGuid = """
        (hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
            || substr('89AB', 1 + abs(random() % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))
        """;

    public static string Insert(DbContext db, WorkItemRows rows)
    {
        var w = SqlTable.Of<WorkItem>(db);
        var next = rows.Arguments.Count;
        string Arg(int offset) => $"{{{next + offset}}}";
        var id = db.Database.IsNpgsql() ? "gen_random_uuid()" : SqliteGuid;
        return $"""
            WITH r (title, url, case_id, department_id, permission, due_date) AS ({rows.Select})
            INSERT INTO {w.Name} ({w[nameof(WorkItem.Id)]}, {w[nameof(WorkItem.Module)]}, {w[nameof(WorkItem.Kind)]}, {w[nameof(WorkItem.Title)]},
                {w[nameof(WorkItem.Url)]}, {w[nameof(WorkItem.CaseId)]}, {w[nameof(WorkItem.AssigneeDepartmentId)]}, {w[nameof(WorkItem.AssigneePermission)]},
                {w[nameof(WorkItem.DueDate)]}, {w[nameof(WorkItem.CreatedAt)]})
            SELECT {id}, {Arg(0)}, {Arg(1)}, substr(r.title, 1, 300), r.url, r.case_id, r.department_id, r.permission, r.due_date, {Arg(2)}
            FROM r
            WHERE substr(r.url, 1, 1) = '/' AND substr(r.url, 2, 1) NOT IN ('/', '\')
            """;
    }
}

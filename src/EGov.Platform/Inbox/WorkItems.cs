using EGov.Platform.Audit;
using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EGov.Platform.Inbox;

internal sealed class WorkItems(EGovDbContext db, IAuditLog audit, WorkItemWarnings warnings, TimeProvider time) : IWorkItems
{
    public const int PageSize = 20;

    public Guid Add(NewWorkItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        // "//host" and "/\host" would leave the site.
        if (!item.Url.StartsWith('/') || (item.Url.Length > 1 && item.Url[1] is '/' or '\\'))
        {
            throw new ArgumentException($"待办链接必须是本站内的路径（以 / 开头）：{item.Url}", nameof(item));
        }

        var entity = new WorkItem
        {
            Id = Guid.CreateVersion7(),
            Module = item.Module,
            Kind = item.Kind,
            Title = item.Title,
            Url = item.Url,
            CaseId = item.CaseId,
            AssigneeUserId = item.Assignee.UserId,
            AssigneeDepartmentId = item.Assignee.DepartmentId,
            AssigneePermission = item.Assignee.Permission,
            DueDate = item.DueDate,
            ClockId = item.ClockId,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.Set<WorkItem>().Add(entity);
        audit.Record(new AuditRecord("inbox.item_added", nameof(WorkItem), entity.Id.ToString(), AuditOutcome.Success, Describe(entity)));
        return entity.Id;
    }

    public async Task<int> AddRowsAsync(WorkItemRows rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        object[] values = [.. rows.Arguments, rows.Module, rows.Kind, time.GetUtcNow().UtcDateTime];
        var added = await db.Database.ExecuteSqlRawAsync(WorkItemRowsSql.Insert(db, rows), values, cancellationToken);
        if (added > 0)
        {
            audit.Record(new AuditRecord("inbox.items_added", nameof(WorkItem), null, AuditOutcome.Success, $"{rows.Module}/{rows.Kind} ×{added}"));
        }

        return added;
    }

    public async Task<int> CompleteAsync(string module, string caseId, string? kind, Guid? completedBy, CancellationToken cancellationToken = default)
    {
        // Loading puts the saved items into the change tracker, next to the ones added in this unit of work.
        await db.Set<WorkItem>()
            .Where(w => w.Module == module && w.CaseId == caseId && w.CompletedAt == null && (kind == null || w.Kind == kind))
            .LoadAsync(cancellationToken);
        var open = db.Set<WorkItem>().Local
            .Where(w => w.Module == module && w.CaseId == caseId && w.CompletedAt is null && (kind is null || w.Kind == kind))
            .ToList();
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var item in open)
        {
            item.CompletedAt = now;
            item.CompletedBy = completedBy;
            audit.Record(new AuditRecord("inbox.item_completed", nameof(WorkItem), item.Id.ToString(), AuditOutcome.Success, Describe(item)));
        }

        return open.Count;
    }

    public async Task<InboxPage> ForUserAsync(Guid userId, IReadOnlyCollection<Guid> departmentIds, IReadOnlyCollection<string> permissions, int page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(departmentIds);
        ArgumentNullException.ThrowIfNull(permissions);
        var departments = departmentIds.ToArray();
        var held = permissions.ToArray();
        var open = db.Set<WorkItem>().AsNoTracking().Where(w => w.CompletedAt == null
            && (w.AssigneeUserId == userId
                || (w.AssigneeDepartmentId != null && departments.Contains(w.AssigneeDepartmentId.Value) && held.Contains(w.AssigneePermission!))));

        var window = warnings.Today();
        var total = await open.CountAsync(cancellationToken);
        var overdue = await open.CountAsync(w => w.DueDate < window.Today, cancellationToken);
        var warning = await open.CountAsync(w => w.DueDate >= window.Today && w.DueDate <= window.WarnUntil, cancellationToken);

        page = Math.Max(1, page);
        var items = await open
            .OrderBy(w => w.DueDate == null).ThenBy(w => w.DueDate).ThenBy(w => w.CreatedAt)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .ToListAsync(cancellationToken);
        var views = items
            .Select(w => new WorkItemView(w.Id, w.Module, w.Kind, w.Title, w.Url, w.CaseId, w.CreatedAt, w.DueDate, window.LevelOf(w.DueDate)))
            .ToList();
        return new InboxPage(views, page, PageSize, total, new WarningCounts(total - overdue - warning, warning, overdue));
    }

    private static string Describe(WorkItem item) => $"{item.Module}/{item.Kind}/{item.CaseId}";
}

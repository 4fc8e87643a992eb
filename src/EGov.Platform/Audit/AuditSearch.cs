using EGov.Platform.Data;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Platform.Audit;

public sealed record AuditPage(IReadOnlyList<AuditEntry> Items, long Total, int Page, int PageSize)
{
    public int PageCount => (int)Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// Search and export for the audit administrator, newest first. Every search and export is itself audited
/// (等保 8.1.5.2 a: 审计管理员的操作应进行审计).
/// </summary>
internal sealed class AuditSearch(EGovDbContext db, IAuditLog audit)
{
    public const string Viewed = "audit.viewed";
    public const string Exported = "audit.exported";

    public async Task<Result<AuditPage>> SearchAsync(AuditFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.Validate() is { IsSuccess: false } invalid)
        {
            return invalid.Error!;
        }

        page = Math.Max(1, page);
        await audit.RecordNowAsync(new AuditRecord(Viewed, "AuditLog", null, AuditOutcome.Success, $"{filter.Describe()};page={page}"), cancellationToken);
        var query = Apply(filter);
        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new AuditPage(items, total, page, pageSize);
    }

    public async Task<Result<IAsyncEnumerable<AuditEntry>>> ExportAsync(AuditFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.Validate() is { IsSuccess: false } invalid)
        {
            return invalid.Error!;
        }

        await audit.RecordNowAsync(new AuditRecord(Exported, "AuditLog", null, AuditOutcome.Success, filter.Describe()), cancellationToken);
        return Result<IAsyncEnumerable<AuditEntry>>.Success(Apply(filter).AsAsyncEnumerable());
    }

    private IQueryable<AuditEntry> Apply(AuditFilter filter)
    {
        var query = db.Set<AuditEntry>().AsNoTracking();
        if (filter.From is { } from)
        {
            query = query.Where(e => e.Time >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(e => e.Time < to);
        }

        if (Trimmed(filter.User) is { } user)
        {
            query = query.Where(e => e.UserId == user || e.UserName.Contains(user));
        }

        if (Trimmed(filter.Action) is { } action)
        {
            query = query.Where(e => e.Action.StartsWith(action));
        }

        if (filter.Outcome is { } outcome)
        {
            query = query.Where(e => e.Outcome == outcome);
        }

        if (Trimmed(filter.Target) is { } target)
        {
            query = query.Where(e => e.ObjectType == target || (e.ObjectId != null && e.ObjectId.Contains(target)));
        }

        return query.OrderByDescending(e => e.Time).ThenByDescending(e => e.Id);
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

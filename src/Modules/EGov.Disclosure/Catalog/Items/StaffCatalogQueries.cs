using EGov.Disclosure.Agencies;
using EGov.Disclosure.Contracts;
using EGov.Disclosure.Domain.Catalog;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EGov.Disclosure.Catalog.Items;

/// <summary>The staff lists: the catalog items in scope with their proactive clocks, and the confidentiality review queue.</summary>
internal sealed class StaffCatalogQueries(EGovDbContext db, CatalogAccess access, AgencyDirectory agencies, TimeProvider time)
{
    public const int PageSize = 20;

    public async Task<StaffCatalogPage> ListAsync(StaffCatalogFilter filter, CancellationToken cancellationToken)
    {
        var items = (await access.InScopeAsync(DisclosurePermissions.Catalog, cancellationToken)).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Agency) && await agencies.FindByCodeAsync(filter.Agency.Trim(), cancellationToken) is { } agency)
        {
            items = items.Where(i => i.AgencyId == agency.DepartmentId);
        }

        if (filter.Status is { } status)
        {
            items = items.Where(i => i.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            items = items.Where(i => i.Title.Contains(q) || i.IndexNumber.Contains(q) || (i.DocumentNumber != null && i.DocumentNumber.Contains(q)));
        }

        var now = time.GetUtcNow().UtcDateTime;
        var rows = from i in items
                   join c in db.Set<StatutoryClock>().AsNoTracking() on i.ClockId equals (Guid?)c.Id into clocks
                   from c in clocks.DefaultIfEmpty()
                   select new { Item = i, Clock = c };
        if (filter.Overdue)
        {
            // 逾期未公开: not public and the 第二十六条 clock still running past its due instant.
            rows = rows.Where(r => r.Item.Status != CatalogItemStatus.Published && r.Clock != null && r.Clock.State != ClockState.Stopped && r.Clock.DueAt < now);
        }

        var page = Math.Max(1, filter.Page);
        var total = await rows.CountAsync(cancellationToken);
        var list = await rows.OrderByDescending(r => r.Item.CreatedAt).ThenByDescending(r => r.Item.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(r => new
            {
                r.Item.Id,
                r.Item.IndexNumber,
                r.Item.Title,
                r.Item.AgencyId,
                r.Item.GeneratedOn,
                r.Item.Attribute,
                r.Item.Status,
                r.Item.Version,
                Running = r.Clock != null && r.Clock.State != ClockState.Stopped,
                DueDate = r.Clock == null ? (DateOnly?)null : r.Clock.DueDate,
                DueAt = r.Clock == null ? (DateTime?)null : r.Clock.DueAt,
                WarningAt = r.Clock == null ? (DateTime?)null : r.Clock.WarningAt,
            })
            .ToListAsync(cancellationToken);
        return new StaffCatalogPage(
            [.. list.Select(r => new StaffCatalogRow(r.Id, r.IndexNumber, r.Title, r.AgencyId, r.GeneratedOn, r.Attribute, r.Status,
                r.Running ? r.DueDate : null, r.Running ? Level(r.DueAt!.Value, r.WarningAt!.Value, now) : null, r.Version))],
            total, page, PageSize);
    }

    /// <summary>Items waiting for 保密审查 in the reviewer's scope, oldest first.</summary>
    public async Task<IReadOnlyList<StaffCatalogRow>> ReviewQueueAsync(CancellationToken cancellationToken)
        => await (await access.InScopeAsync(DisclosurePermissions.ConfidentialityReview, cancellationToken)).AsNoTracking()
            .Where(i => i.Status == CatalogItemStatus.InReview)
            .OrderBy(i => i.UpdatedAt)
            .Select(i => new StaffCatalogRow(i.Id, i.IndexNumber, i.Title, i.AgencyId, i.GeneratedOn, i.Attribute, i.Status, null, null, i.Version))
            .ToListAsync(cancellationToken);

    /// <summary>The running clock's level now (the stored level is only as fresh as the last refresh).</summary>
    private static WarningLevel Level(DateTime dueAt, DateTime warningAt, DateTime now)
        => now >= dueAt ? WarningLevel.Overdue : now >= warningAt ? WarningLevel.Warning : WarningLevel.Normal;
}

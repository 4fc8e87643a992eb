using EGov.Approvals.Domain.Items;
using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Catalog;

/// <summary>The public catalog's reads for the other parts of the module (apply, window intake, results): published items only.</summary>
internal sealed class ItemCatalog(EGovDbContext db)
{
    /// <summary>A published item with its materials, steps and form fields (each in order), untracked; null when not published.</summary>
    public async Task<ServiceItem?> FindPublishedAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var item = await WithParts().SingleOrDefaultAsync(i => i.Id == id && i.Status == ItemStatus.Published, cancellationToken);
        return item is null ? null : InOrder(item);
    }

    /// <summary>A published item by its 实施编码, as <see cref="FindPublishedAsync(Guid, CancellationToken)"/>.</summary>
    public async Task<ServiceItem?> FindPublishedByCodeAsync(string implementationCode, CancellationToken cancellationToken = default)
    {
        var item = await WithParts().SingleOrDefaultAsync(i => i.ImplementationCode == implementationCode && i.Status == ItemStatus.Published, cancellationToken);
        return item is null ? null : InOrder(item);
    }

    private IQueryable<ServiceItem> WithParts() => db.Set<ServiceItem>().AsNoTracking()
        .Include(i => i.Materials).Include(i => i.Steps).Include(i => i.Fields).AsSplitQuery();

    internal static ServiceItem InOrder(ServiceItem item)
    {
        item.Materials = [.. item.Materials.OrderBy(m => m.Order)];
        item.Steps = [.. item.Steps.OrderBy(s => s.Order)];
        item.Fields = [.. item.Fields.OrderBy(f => f.Order)];
        return item;
    }
}

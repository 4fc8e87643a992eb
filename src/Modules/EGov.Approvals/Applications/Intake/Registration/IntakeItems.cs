using EGov.Approvals.Catalog;
using EGov.Approvals.Domain.Items;
using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Applications.Intake.Registration;

/// <summary>The published items an application can be made for, with their form fields and materials.</summary>
internal sealed class IntakeItems(EGovDbContext db, ItemCatalog catalog)
{
    public Task<ServiceItem?> FindPublishedAsync(Guid id, CancellationToken cancellationToken) => catalog.FindPublishedAsync(id, cancellationToken);

    /// <summary>Every published item, for the window clerk's picker (一窗受理: any department).</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name, string Code)>> ListPublishedAsync(CancellationToken cancellationToken)
        => [.. (await db.Set<ServiceItem>().AsNoTracking().Where(i => i.Status == ItemStatus.Published)
                .OrderBy(i => i.ImplementationCode).Select(i => new { i.Id, i.Name, i.ImplementationCode }).ToListAsync(cancellationToken))
            .Select(i => (i.Id, i.Name, i.ImplementationCode))];
}

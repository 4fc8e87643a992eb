using EGov.Platform.Data;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Disclosure.Catalog.Items;

/// <summary>Saves a catalog change; a concurrent change of the same item makes this one fail with nothing saved.</summary>
internal static class CatalogSave
{
    public static async Task<Result<Guid>> SaveAsync(EGovDbContext db, Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return id;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return CatalogErrors.ChangedMeanwhile;
        }
    }
}

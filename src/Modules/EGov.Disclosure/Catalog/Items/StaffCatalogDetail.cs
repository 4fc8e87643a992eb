using EGov.Disclosure.Agencies;
using EGov.Disclosure.Contracts;
using EGov.Disclosure.Domain.Catalog;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Disclosure.Catalog.Items;

/// <summary>The clock of an item as the staff page shows it.</summary>
internal sealed record ClockView(DateOnly StartDate, DateOnly DueDate, WarningLevel Level, bool Stopped, string? Outcome);

/// <summary>A catalog item with everything the staff page and the API show.</summary>
internal sealed record StaffCatalogView(
    CatalogItem Item, string AgencyCode, string AgencyName, string CategoryName, ClockView? Clock,
    IReadOnlyList<CatalogReview> Reviews, IReadOnlyList<CatalogAttachment> Attachments, bool ReviewedCurrentVersion,
    bool MayEdit, bool MayReview);

/// <summary>
/// Loads an item for a member of staff who may see it: an editor (<c>disclosure.catalog</c>), a reviewer
/// (<c>disclosure.confidentiality_review</c>) or a reader (<c>disclosure.view</c>) whose scope holds its office.
/// </summary>
internal sealed class StaffCatalogDetail(EGovDbContext db, CatalogAccess access, AgencyDirectory agencies, CatalogFiles files, TimeProvider time)
{
    public async Task<Result<StaffCatalogView>> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var mayEdit = await FindAsync(id, DisclosurePermissions.Catalog, cancellationToken) is not null;
        var mayReview = await FindAsync(id, DisclosurePermissions.ConfidentialityReview, cancellationToken) is not null;
        var item = mayEdit || mayReview || await FindAsync(id, DisclosurePermissions.View, cancellationToken) is not null
            ? await db.Set<CatalogItem>().AsNoTracking().SingleAsync(i => i.Id == id, cancellationToken)
            : null;
        if (item is null)
        {
            return CatalogErrors.ItemNotFound;
        }

        var agency = await agencies.FindAsync(item.AgencyId, cancellationToken);
        var category = await db.Set<CatalogCategory>().AsNoTracking().Where(c => c.Id == item.CategoryId).Select(c => c.Name).SingleOrDefaultAsync(cancellationToken);
        var reviews = await db.Set<CatalogReview>().AsNoTracking().Where(r => r.ItemId == id).OrderByDescending(r => r.ReviewedAt).ToListAsync(cancellationToken);
        return new StaffCatalogView(
            item, agency?.Code ?? "", agency?.Name ?? item.PublishingAgency, category ?? "", await ClockAsync(item, cancellationToken), reviews,
            await files.ListAsync(id, cancellationToken), reviews.Any(r => r.Passed && r.ItemVersion == item.Version) && item.Status == CatalogItemStatus.Draft,
            mayEdit, mayReview);
    }

    private async Task<Guid?> FindAsync(Guid id, string permission, CancellationToken cancellationToken)
        => await (await access.InScopeAsync(permission, cancellationToken)).Where(i => i.Id == id).Select(i => (Guid?)i.Id).SingleOrDefaultAsync(cancellationToken);

    private async Task<ClockView?> ClockAsync(CatalogItem item, CancellationToken cancellationToken)
    {
        if (item.ClockId is not { } clockId || await db.Set<StatutoryClock>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == clockId, cancellationToken) is not { } clock)
        {
            return null;
        }

        var stopped = clock.State == ClockState.Stopped;
        return new ClockView(clock.StartDate, clock.DueDate, stopped ? clock.WarningLevel : clock.LevelAt(time.GetUtcNow().UtcDateTime), stopped, clock.Outcome);
    }
}

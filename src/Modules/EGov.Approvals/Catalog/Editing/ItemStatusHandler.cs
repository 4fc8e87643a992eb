using EGov.Approvals.Catalog.Rules;
using EGov.Approvals.Catalog.Search;
using EGov.Approvals.Domain.Items;
using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Organization;
using EGov.Platform.Results;
using EGov.Portal.Contracts.Search;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Catalog.Editing;

/// <summary>Publishes a service item (it enters the portal and the site search) or suspends it (暂停办理: it leaves both).</summary>
internal sealed class ItemStatusHandler(EGovDbContext db, ItemAccess access, IOrganizationDirectory organization, ISearchFeed search, IAuditLog audit, TimeProvider time)
{
    public async Task<Result<Guid>> PublishAsync(Guid id, long version, CancellationToken cancellationToken)
    {
        var (item, error) = await FindAsync(id, version, cancellationToken);
        if (item is null)
        {
            return error!;
        }

        if (item.Status == ItemStatus.Published)
        {
            return ItemErrors.AlreadyPublished;
        }

        if (ItemRules.Validate(item) is { } invalid)
        {
            return invalid;
        }

        Change(item, ItemStatus.Published);
        search.Upsert(ItemSearchDocuments.From(item, (await organization.FindAsync(item.DepartmentId, cancellationToken))?.Name ?? ""));
        audit.Record("published", item);
        return await SaveAsync(item, cancellationToken);
    }

    public async Task<Result<Guid>> SuspendAsync(Guid id, long version, string? reason, CancellationToken cancellationToken)
    {
        var (item, error) = await FindAsync(id, version, cancellationToken);
        if (item is null)
        {
            return error!;
        }

        if (item.Status != ItemStatus.Published)
        {
            return ItemErrors.NotPublished;
        }

        Change(item, ItemStatus.Suspended);
        search.Remove(ItemSearchDocuments.Key(item.Id));
        audit.Record("suspended", item, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim());
        return await SaveAsync(item, cancellationToken);
    }

    private async Task<(ServiceItem? Item, Error? Error)> FindAsync(Guid id, long version, CancellationToken cancellationToken)
    {
        if (access.UserId is null)
        {
            return (null, ItemErrors.NoAccount);
        }

        var item = await access.FindAsync(id, cancellationToken);
        return item is null ? (null, ItemErrors.NotFound) : item.Version != version ? (null, ItemErrors.ChangedMeanwhile) : (item, null);
    }

    private void Change(ServiceItem item, ItemStatus status)
    {
        item.Status = status;
        (item.UpdatedAt, item.UpdatedBy) = (time.GetUtcNow().UtcDateTime, access.UserId);
        item.Version++;
    }

    private async Task<Result<Guid>> SaveAsync(ServiceItem item, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return item.Id;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ItemErrors.ChangedMeanwhile;
        }
    }
}

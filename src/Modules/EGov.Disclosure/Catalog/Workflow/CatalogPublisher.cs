using EGov.Disclosure.Agencies;
using EGov.Disclosure.Catalog.Items;
using EGov.Disclosure.Catalog.Search;
using EGov.Disclosure.Contracts;
using EGov.Disclosure.Domain.Catalog;
using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Results;
using EGov.Portal.Contracts.Search;
using Microsoft.EntityFrameworkCore;

namespace EGov.Disclosure.Catalog.Workflow;

/// <summary>
/// Publication (only after a passed 保密审查 of the current version, 条例 第十七条) stops the 第二十六条 clock, makes the
/// files of a 主动公开 item public and feeds the site search; withdrawal undoes the last two and keeps the clock stopped.
/// </summary>
internal sealed class CatalogPublisher(
    EGovDbContext db, CatalogAccess access, AgencyDirectory agencies, ProactiveClock clock, CatalogFiles files, CatalogInbox inbox,
    ISearchFeed search, IAuditLog audit, TimeProvider time)
{
    public async Task<Result<Guid>> PublishAsync(Guid id, long version, CancellationToken cancellationToken)
    {
        var item = await access.FindAsync(id, DisclosurePermissions.Catalog, cancellationToken);
        if (item is null)
        {
            return CatalogErrors.ItemNotFound;
        }

        if ((Refusal(item, version) ?? await ReviewRefusalAsync(item, cancellationToken)) is { } refused)
        {
            return refused;
        }

        var steps = await clock.StopAsync(item, ProactiveClock.Published, cancellationToken);
        if (steps.IsSuccess && item.Attribute == DisclosureAttribute.Proactive)
        {
            steps = await files.SetPublicAsync(item.Id, true, cancellationToken);
        }

        if (!steps.IsSuccess)
        {
            db.ChangeTracker.Clear();
            return steps.Error!;
        }

        await inbox.CompleteAsync(item, access.UserId, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        (item.Status, item.PublishedAt, item.UpdatedAt, item.WithdrawalReason) = (CatalogItemStatus.Published, now, now, null);
        item.Version++;
        var agency = await agencies.FindAsync(item.AgencyId, cancellationToken);
        search.Upsert(CatalogSearchDocuments.From(item, agency?.Name ?? item.PublishingAgency));
        audit.Record("published", item);
        return await CatalogSave.SaveAsync(db, id, cancellationToken);
    }

    public async Task<Result<Guid>> WithdrawAsync(Guid id, string? reason, long version, CancellationToken cancellationToken)
    {
        var text = reason?.Trim() ?? "";
        if (text.Length is 0 or > 500)
        {
            return CatalogFieldErrors.Single("disclosure.withdrawal_reason_required", "Reason", "请填写撤回原因（不超过 500 个字）。");
        }

        var item = await access.FindAsync(id, DisclosurePermissions.Catalog, cancellationToken);
        if (item is null)
        {
            return CatalogErrors.ItemNotFound;
        }

        if (item.Version != version)
        {
            return CatalogErrors.ChangedMeanwhile;
        }

        if (item.Status != CatalogItemStatus.Published)
        {
            return CatalogErrors.NotPublished;
        }

        if (await files.SetPublicAsync(item.Id, false, cancellationToken) is { IsSuccess: false } failed)
        {
            db.ChangeTracker.Clear();
            return failed.Error!;
        }

        (item.Status, item.WithdrawalReason, item.UpdatedAt) = (CatalogItemStatus.Withdrawn, text, time.GetUtcNow().UtcDateTime);
        item.Version++;
        search.Remove(CatalogSearchDocuments.Key(item.Id));
        audit.Record("withdrawn", item, text);
        return await CatalogSave.SaveAsync(db, id, cancellationToken);
    }

    private static Error? Refusal(CatalogItem item, long version) => item switch
    {
        _ when item.Version != version => CatalogErrors.ChangedMeanwhile,
        { Status: CatalogItemStatus.Published } => CatalogErrors.AlreadyPublished,
        _ when !CatalogRules.IsPublishable(item.Attribute) => CatalogErrors.NotDisclosable,
        _ => null,
    };

    /// <summary>A passed review must cover the current version: any later edit or step needs a new review.</summary>
    private async Task<Error?> ReviewRefusalAsync(CatalogItem item, CancellationToken cancellationToken)
        => item.Status == CatalogItemStatus.Draft
            && await db.Set<CatalogReview>().AnyAsync(r => r.ItemId == item.Id && r.Passed && r.ItemVersion == item.Version, cancellationToken)
            ? null
            : CatalogErrors.NotReviewed;
}

using EGov.Disclosure.Catalog.Items;
using EGov.Disclosure.Contracts;
using EGov.Disclosure.Domain.Catalog;
using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Results;

namespace EGov.Disclosure.Catalog.Workflow;

/// <summary>
/// 提交保密审查 and the review itself (条例 第十七条): the reviewer passes the item's current version, recorded with
/// reviewer, time and opinion, or returns it with a required opinion.
/// </summary>
internal sealed class CatalogReviewHandler(EGovDbContext db, CatalogAccess access, CatalogInbox inbox, IAuditLog audit, TimeProvider time)
{
    public async Task<Result<Guid>> SubmitAsync(Guid id, long version, CancellationToken cancellationToken)
    {
        var item = await access.FindAsync(id, DisclosurePermissions.Catalog, cancellationToken);
        if (item is null)
        {
            return CatalogErrors.ItemNotFound;
        }

        if (item.Version != version)
        {
            return CatalogErrors.ChangedMeanwhile;
        }

        if (!CatalogRules.IsEditable(item.Status))
        {
            return CatalogErrors.NotSubmittable;
        }

        await inbox.CompleteAsync(item, access.UserId, cancellationToken);
        Step(item, CatalogItemStatus.InReview);
        inbox.AskForReview(item);
        audit.Record("submitted", item);
        return await CatalogSave.SaveAsync(db, id, cancellationToken);
    }

    public async Task<Result<Guid>> ReviewAsync(Guid id, bool passed, string? opinion, long version, CancellationToken cancellationToken)
    {
        var text = opinion?.Trim() ?? "";
        if (!passed && text.Length == 0)
        {
            return CatalogFieldErrors.Single("disclosure.review_opinion_required", "Opinion", "退回时须填写保密审查意见。");
        }

        if (text.Length > 1000)
        {
            return CatalogFieldErrors.Single("disclosure.review_opinion_too_long", "Opinion", "保密审查意见不能超过 1000 个字。");
        }

        var item = await access.FindAsync(id, DisclosurePermissions.ConfidentialityReview, cancellationToken);
        if (item is null || access.UserId is not { } reviewer)
        {
            return CatalogErrors.ItemNotFound;
        }

        if (item.Version != version)
        {
            return CatalogErrors.ChangedMeanwhile;
        }

        if (item.Status != CatalogItemStatus.InReview)
        {
            return CatalogErrors.NotInReview;
        }

        await inbox.CompleteAsync(item, reviewer, cancellationToken);
        Step(item, passed ? CatalogItemStatus.Draft : CatalogItemStatus.Returned);
        db.Add(new CatalogReview
        {
            ItemId = item.Id,
            ItemVersion = item.Version,
            ReviewerId = reviewer,
            ReviewerName = access.UserName,
            ReviewedAt = item.UpdatedAt,
            Passed = passed,
            Opinion = text.Length > 0 ? text : "经审查不涉及国家秘密等不予公开的内容，同意公开。",
        });
        if (passed)
        {
            inbox.AskToPublish(item);
        }
        else
        {
            inbox.AskToRevise(item);
        }

        audit.Record(passed ? "review_passed" : "review_returned", item, text);
        return await CatalogSave.SaveAsync(db, id, cancellationToken);
    }

    private void Step(CatalogItem item, CatalogItemStatus status)
    {
        item.Status = status;
        item.UpdatedAt = time.GetUtcNow().UtcDateTime;
        item.Version++;
    }
}

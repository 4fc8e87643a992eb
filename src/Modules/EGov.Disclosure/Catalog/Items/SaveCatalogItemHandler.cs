using EGov.Disclosure.Agencies;
using EGov.Disclosure.Contracts;
using EGov.Disclosure.Domain.Catalog;
using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Numbering;
using EGov.Platform.Results;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EGov.Disclosure.Catalog.Items;

/// <summary>
/// Creates and edits catalog items (<c>disclosure.catalog</c>, scoped by the agency's disclosure office). The 索引号 is
/// taken at creation inside the transaction that saves the item; a 主动公开 item starts its 第二十六条 clock.
/// </summary>
internal sealed class SaveCatalogItemHandler(
    EGovDbContext db, CatalogAccess access, AgencyDirectory agencies, INumberingService numbering, ProactiveClock clock,
    CatalogFiles files, IAuditLog audit, IOptions<DisclosureOptions> options, TimeProvider time)
{
    public async Task<Result<Guid>> CreateAsync(CatalogItemFields fields, IReadOnlyList<UploadedFile> uploads, CancellationToken cancellationToken)
    {
        if (access.UserId is not { } userId)
        {
            return CatalogErrors.NoAccount;
        }

        var agency = string.IsNullOrWhiteSpace(fields.AgencyCode) ? null : await agencies.FindByCodeAsync(fields.AgencyCode.Trim(), cancellationToken);
        if (agency is null)
        {
            return CatalogFieldErrors.Single("disclosure.catalog_item_invalid", nameof(fields.AgencyCode), "请选择公开主体。");
        }

        if (!(await access.ScopeAsync(DisclosurePermissions.Catalog, cancellationToken)).Contains(agency.OfficeDepartmentId))
        {
            return Error.Forbidden("disclosure.agency_out_of_scope", $"您无权为“{agency.Name}”编制公开目录。");
        }

        if (await ValidateAsync(fields, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var item = new CatalogItem
        {
            AgencyId = agency.DepartmentId,
            OfficeDepartmentId = agency.OfficeDepartmentId,
            Status = CatalogItemStatus.Draft,
            CreatedBy = userId,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        Apply(item, fields, agency.Name, ChinaTime.Today(time));
        var steps = await files.AddAsync(item.Id, userId, uploads, fields.AttachmentIds, cancellationToken);
        if (steps.IsSuccess && item.Attribute == DisclosureAttribute.Proactive)
        {
            steps = clock.Start(item);
        }

        if (!steps.IsSuccess)
        {
            db.ChangeTracker.Clear();
            return steps.Error!;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var settings = agency.Settings;
        item.IndexNumber = await numbering.NextFormattedAsync(
            IndexNumbers.SequenceKey(agency.DepartmentId, item.GeneratedOn), settings.IndexNumberFormat, IndexNumbers.Values(settings.IndexCode, item.GeneratedOn), cancellationToken);
        db.Add(item);
        audit.Record("created", item);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Only when a changed format renders a number that an earlier sequence already gave out.
            db.ChangeTracker.Clear();
            return Error.Conflict("disclosure.index_number_taken", $"索引号“{item.IndexNumber}”已被使用，请检查本机关的索引号格式。");
        }

        return item.Id;
    }

    public async Task<Result<Guid>> UpdateAsync(Guid id, CatalogItemFields fields, IReadOnlyList<UploadedFile> uploads, CancellationToken cancellationToken)
    {
        if (access.UserId is not { } userId)
        {
            return CatalogErrors.NoAccount;
        }

        var item = await access.FindAsync(id, DisclosurePermissions.Catalog, cancellationToken);
        if (item is null)
        {
            return CatalogErrors.ItemNotFound;
        }

        if (item.Version != fields.Version)
        {
            return CatalogErrors.ChangedMeanwhile;
        }

        if (!CatalogRules.IsEditable(item.Status))
        {
            return CatalogErrors.NotEditable;
        }

        if (await ValidateAsync(fields, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        var (attribute, generated) = (item.Attribute, item.GeneratedOn);
        var agency = await agencies.FindAsync(item.AgencyId, cancellationToken);
        Apply(item, fields, agency?.Name ?? item.PublishingAgency, ChinaTime.Today(time));
        var steps = await clock.FollowEditAsync(item, attribute, generated, cancellationToken);
        if (steps.IsSuccess)
        {
            steps = await files.AddAsync(item.Id, userId, uploads, fields.AttachmentIds, cancellationToken);
        }

        if (!steps.IsSuccess)
        {
            db.ChangeTracker.Clear();
            return steps.Error!;
        }

        item.UpdatedAt = time.GetUtcNow().UtcDateTime;
        item.Version++;
        audit.Record("changed", item);
        return await CatalogSave.SaveAsync(db, item.Id, cancellationToken);
    }

    private async Task<Error?> ValidateAsync(CatalogItemFields fields, CancellationToken cancellationToken)
    {
        var categories = await db.Set<CatalogCategory>().Where(c => c.IsActive).Select(c => c.Id).ToListAsync(cancellationToken);
        return CatalogRules.Validate(fields, options.Value, categories.ToHashSet(), ChinaTime.Today(time));
    }

    private static void Apply(CatalogItem item, CatalogItemFields f, string agencyName, DateOnly today)
    {
        item.Title = f.Title!.Trim();
        item.Summary = f.Summary!.Trim();
        item.Body = f.Body?.Trim() ?? "";
        item.GeneratedOn = f.GeneratedOn!.Value;
        item.DocumentNumber = Blank(f.DocumentNumber);
        item.PublishingAgency = Blank(f.PublishingAgency) ?? agencyName;
        item.Attribute = f.Attribute!.Value;
        item.NonDisclosureGround = item.Attribute == DisclosureAttribute.NotDisclosed ? f.NonDisclosureGround : null;
        item.AttributeReason = Blank(f.AttributeReason);
        item.ValidityChangedOn = f.Validity == InformationValidity.Valid ? null
            : f.ValidityChangedOn ?? (item.Validity == f.Validity ? item.ValidityChangedOn : null) ?? today;
        item.Validity = f.Validity;
        item.RegulatoryKind = f.RegulatoryKind;
        item.CategoryId = f.CategoryId!.Value;
        item.Subject = f.Subject!.Trim();
        item.Genre = f.Genre!.Trim();
        item.Keywords = f.Keywords?.Trim() ?? "";
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

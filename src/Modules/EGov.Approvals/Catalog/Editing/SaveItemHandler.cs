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

/// <summary>
/// Creates and edits service items (<c>approvals.catalog</c>, scoped by the implementing department). Every save is
/// checked against <see cref="ItemRules"/>; on any error nothing is saved. A published item's search document follows its edits.
/// </summary>
internal sealed class SaveItemHandler(EGovDbContext db, ItemAccess access, IOrganizationDirectory organization, ItemFiles files, ISearchFeed search, IAuditLog audit, TimeProvider time)
{
    public async Task<Result<Guid>> CreateAsync(ItemInput input, IReadOnlyList<ItemUpload> uploads, CancellationToken cancellationToken)
    {
        if (access.UserId is not { } userId)
        {
            return ItemErrors.NoAccount;
        }

        var department = string.IsNullOrWhiteSpace(input.DepartmentCode) ? null : await organization.FindByCodeAsync(input.DepartmentCode.Trim(), cancellationToken);
        if (department is null)
        {
            return ItemFieldErrors.Single(nameof(input.DepartmentCode), "请选择实施主体。");
        }

        if (!(await access.ScopeAsync(cancellationToken)).Contains(department.Id))
        {
            return ItemErrors.OutOfScope(department.Name);
        }

        var item = new ServiceItem { DepartmentId = department.Id, Status = ItemStatus.Draft, Version = 1, UpdatedAt = time.GetUtcNow().UtcDateTime, UpdatedBy = userId };
        if (await ApplyAsync(item, input, userId, uploads, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        db.Add(item);
        audit.Record("created", item);
        return await SaveAsync(item, cancellationToken);
    }

    public async Task<Result<Guid>> UpdateAsync(Guid id, ItemInput input, IReadOnlyList<ItemUpload> uploads, CancellationToken cancellationToken)
    {
        if (access.UserId is not { } userId)
        {
            return ItemErrors.NoAccount;
        }

        var item = await access.FindAsync(id, cancellationToken);
        if (item is null)
        {
            return ItemErrors.NotFound;
        }

        if (item.Version != input.Version)
        {
            return ItemErrors.ChangedMeanwhile;
        }

        var existing = item.Materials.Select(m => m.Id).Concat(item.Steps.Select(s => s.Id)).Concat(item.Fields.Select(f => f.Id)).ToHashSet();
        if (await ApplyAsync(item, input, userId, uploads, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        // New rows carry client-made ids, so they are added explicitly rather than left for EF to take as existing.
        db.AddRange(item.Materials.Where(m => !existing.Contains(m.Id)).Select(m => { m.ItemId = item.Id; return (object)m; })
            .Concat(item.Steps.Where(s => !existing.Contains(s.Id)).Select(s => { s.ItemId = item.Id; return (object)s; }))
            .Concat(item.Fields.Where(f => !existing.Contains(f.Id)).Select(f => { f.ItemId = item.Id; return (object)f; })));
        (item.UpdatedAt, item.UpdatedBy) = (time.GetUtcNow().UtcDateTime, userId);
        item.Version++;
        audit.Record("changed", item);
        if (item.Status == ItemStatus.Published)
        {
            search.Upsert(ItemSearchDocuments.From(item, (await organization.FindAsync(item.DepartmentId, cancellationToken))?.Name ?? ""));
        }

        return await SaveAsync(item, cancellationToken);
    }

    private async Task<Error?> ApplyAsync(ServiceItem item, ItemInput input, Guid userId, IReadOnlyList<ItemUpload> uploads, CancellationToken cancellationToken)
    {
        var taken = await files.TakeAsync(item.Id, userId, input, uploads, cancellationToken);
        if (!taken.IsSuccess)
        {
            db.ChangeTracker.Clear();
            return taken.Error;
        }

        ItemInputMapper.Apply(input, item);
        var error = ItemRules.Validate(item);
        if (error is null && await db.Set<ServiceItem>().AnyAsync(i => i.ImplementationCode == item.ImplementationCode && i.Id != item.Id, cancellationToken))
        {
            error = ItemFieldErrors.Single(nameof(item.ImplementationCode), $"实施编码“{item.ImplementationCode}”已被其他事项使用。");
        }

        if (error is null)
        {
            return null;
        }

        db.ChangeTracker.Clear();
        return InputErrorKeys.ToInput(error, input);
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

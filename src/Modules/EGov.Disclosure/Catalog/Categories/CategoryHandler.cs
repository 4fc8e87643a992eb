using System.Text.Json;
using EGov.Disclosure.Domain.Catalog;
using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Disclosure.Catalog.Categories;

/// <summary>目录分类 management (<c>disclosure.manage</c>): add, rename, reorder, retire and restore; every change audited.</summary>
internal sealed class CategoryHandler(EGovDbContext db, IAuditLog audit)
{
    public async Task<IReadOnlyList<CategoryView>> ListAsync(bool activeOnly, CancellationToken cancellationToken)
        => await db.Set<CatalogCategory>().AsNoTracking()
            .Where(c => !activeOnly || c.IsActive)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Code)
            .Select(c => new CategoryView(c.Id, c.Code, c.Name, c.Description, c.LegalBasis, c.SortOrder, c.IsActive, c.Version))
            .ToListAsync(cancellationToken);

    public async Task<Result<Guid>> AddAsync(CategoryFields fields, CancellationToken cancellationToken)
    {
        if (Validate(fields) is { } invalid)
        {
            return invalid;
        }

        var last = await db.Set<CatalogCategory>().MaxAsync(c => (int?)c.SortOrder, cancellationToken) ?? 0;
        var count = await db.Set<CatalogCategory>().CountAsync(c => c.Code.StartsWith("local-"), cancellationToken);
        var category = new CatalogCategory { Code = $"local-{count + 1:00}", SortOrder = fields.SortOrder ?? last + 10 };
        Apply(category, fields);
        db.Add(category);
        Audit("disclosure.category_added", category);
        return await SaveAsync(category.Id, cancellationToken);
    }

    public async Task<Result<Guid>> UpdateAsync(Guid id, CategoryFields fields, CancellationToken cancellationToken)
    {
        if (Validate(fields) is { } invalid)
        {
            return invalid;
        }

        return await ChangeAsync(id, fields.Version, "disclosure.category_changed", c =>
        {
            Apply(c, fields);
            c.SortOrder = fields.SortOrder ?? c.SortOrder;
        }, cancellationToken);
    }

    /// <summary>A retired category no longer takes new items and is hidden from the public filter; its items stay where they are.</summary>
    public Task<Result<Guid>> SetActiveAsync(Guid id, bool active, long version, CancellationToken cancellationToken)
        => ChangeAsync(id, version, active ? "disclosure.category_restored" : "disclosure.category_retired", c => c.IsActive = active, cancellationToken);

    /// <summary>Swaps the category with its neighbour above (<paramref name="up"/>) or below.</summary>
    public async Task<Result<Guid>> MoveAsync(Guid id, bool up, CancellationToken cancellationToken)
    {
        var all = await db.Set<CatalogCategory>().OrderBy(c => c.SortOrder).ThenBy(c => c.Code).ToListAsync(cancellationToken);
        var index = all.FindIndex(c => c.Id == id);
        if (index < 0)
        {
            return CatalogErrors.CategoryNotFound;
        }

        var other = up ? index - 1 : index + 1;
        if (other < 0 || other >= all.Count)
        {
            return id;
        }

        // Renumber in steps of 10 so that equal sort orders cannot make the swap a no-op.
        (all[index], all[other]) = (all[other], all[index]);
        for (var i = 0; i < all.Count; i++)
        {
            all[i].SortOrder = (i + 1) * 10;
        }

        Audit("disclosure.category_moved", all[other]);
        return await SaveAsync(id, cancellationToken);
    }

    private async Task<Result<Guid>> ChangeAsync(Guid id, long version, string action, Action<CatalogCategory> change, CancellationToken cancellationToken)
    {
        var category = await db.Set<CatalogCategory>().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (category is null)
        {
            return CatalogErrors.CategoryNotFound;
        }

        if (category.Version != version)
        {
            return CatalogErrors.ChangedMeanwhile;
        }

        change(category);
        category.Version++;
        Audit(action, category);
        return await SaveAsync(id, cancellationToken);
    }

    private static Error? Validate(CategoryFields fields)
    {
        var errors = new CatalogFieldErrors()
            .Required("Name", fields.Name, "分类名称", 200)
            .Optional("Description", fields.Description, "分类说明", 500)
            .Required("LegalBasis", fields.LegalBasis, "公开依据", 200);
        return errors.Any ? errors.ToError("disclosure.category_invalid") : null;
    }

    private static void Apply(CatalogCategory category, CategoryFields fields)
    {
        category.Name = fields.Name!.Trim();
        category.Description = fields.Description?.Trim() ?? "";
        category.LegalBasis = fields.LegalBasis!.Trim();
    }

    private void Audit(string action, CatalogCategory c)
        => audit.Record(new AuditRecord(action, nameof(CatalogCategory), c.Id.ToString(), AuditOutcome.Success,
            JsonSerializer.Serialize(new { c.Code, c.Name, c.LegalBasis, c.SortOrder, c.IsActive })));

    private async Task<Result<Guid>> SaveAsync(Guid id, CancellationToken cancellationToken)
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

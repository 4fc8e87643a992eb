using EGov.Disclosure.Domain.Catalog;
using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Disclosure.Catalog.Categories;

/// <summary>Creates the default catalog categories (条例 第二十条、第二十一条) when there are none yet; in production too.</summary>
internal sealed class DefaultCategoriesTask : IStartupTask
{
    public int Order => 400;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EGovDbContext>();
        if (await db.Set<CatalogCategory>().AnyAsync(cancellationToken))
        {
            return;
        }

        var order = 0;
        foreach (var category in DefaultCategories.All)
        {
            order += 10;
            db.Add(new CatalogCategory
            {
                Code = category.Code,
                Name = category.Name,
                Description = category.Description,
                LegalBasis = category.LegalBasis,
                SortOrder = order,
            });
        }

        scope.ServiceProvider.GetRequiredService<IAuditLog>().Record(new AuditRecord(
            "disclosure.categories_defaulted", nameof(CatalogCategory), null, AuditOutcome.Success, $"{DefaultCategories.All.Count} 个默认目录分类"));
        await db.SaveChangesAsync(cancellationToken);
    }
}

using System.Runtime.CompilerServices;
using EGov.Disclosure.Agencies;
using EGov.Disclosure.Domain.Catalog;
using EGov.Platform.Data;
using EGov.Portal.Contracts.Search;
using Microsoft.EntityFrameworkCore;

namespace EGov.Disclosure.Catalog.Search;

/// <summary>The published catalog items, for <c>search rebuild</c>.</summary>
internal sealed class CatalogSearchSource(EGovDbContext db, AgencyDirectory agencies) : ISearchSource
{
    public string Name => SearchTypes.DisclosedDocument;

    public async IAsyncEnumerable<SearchDocument> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var names = (await agencies.ListAsync(cancellationToken)).ToDictionary(a => a.DepartmentId, a => a.Name);
        var items = db.Set<CatalogItem>().AsNoTracking().Where(i => i.Status == CatalogItemStatus.Published).OrderBy(i => i.Id).AsAsyncEnumerable();
        await foreach (var item in items.WithCancellation(cancellationToken))
        {
            yield return CatalogSearchDocuments.From(item, names.GetValueOrDefault(item.AgencyId, item.PublishingAgency));
        }
    }
}

using System.Runtime.CompilerServices;
using EGov.Approvals.Domain.Items;
using EGov.Platform.Data;
using EGov.Platform.Organization;
using EGov.Portal.Contracts.Search;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Catalog.Search;

/// <summary>The published service items, for <c>search rebuild</c>.</summary>
internal sealed class ItemSearchSource(EGovDbContext db, IOrganizationDirectory organization) : ISearchSource
{
    public string Name => SearchTypes.ServiceItem;

    public async IAsyncEnumerable<SearchDocument> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var names = (await organization.TreeAsync(cancellationToken)).ToDictionary(d => d.Id, d => d.Name);
        var items = db.Set<ServiceItem>().AsNoTracking().Include(i => i.Materials).AsSplitQuery()
            .Where(i => i.Status == ItemStatus.Published).OrderBy(i => i.Id).AsAsyncEnumerable();
        await foreach (var item in items.WithCancellation(cancellationToken))
        {
            yield return ItemSearchDocuments.From(item, names.GetValueOrDefault(item.DepartmentId, ""));
        }
    }
}

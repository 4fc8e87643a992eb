using EGov.Disclosure.Agencies;
using EGov.Disclosure.Catalog.Items;
using EGov.Disclosure.Domain;
using EGov.Disclosure.Domain.Catalog;
using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EGov.Disclosure.Catalog.Public;

/// <summary>
/// The public 政府信息公开目录 (条例 第二十四条: 检索、查阅、下载): published items only; 不予公开 items never appear,
/// 依申请公开 items appear with their metadata but without body or files.
/// </summary>
internal sealed class PublicCatalog(EGovDbContext db, AgencyDirectory agencies)
{
    public const int PageSize = 20;

    public async Task<PublicCatalogPage> ListAsync(PublicCatalogFilter filter, CancellationToken cancellationToken)
    {
        var items = Published();
        var all = await agencies.ListAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(filter.Agency))
        {
            var agencyId = all.FirstOrDefault(a => a.Code == filter.Agency.Trim())?.DepartmentId ?? Guid.Empty;
            items = items.Where(i => i.AgencyId == agencyId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Category))
        {
            var code = filter.Category.Trim();
            var categoryId = await db.Set<CatalogCategory>().Where(c => c.Code == code).Select(c => c.Id).FirstOrDefaultAsync(cancellationToken);
            items = items.Where(i => i.CategoryId == categoryId);
        }

        if (filter.Year is { } year)
        {
            var (from, to) = (new DateOnly(Math.Clamp(year, 1, 9998), 1, 1), new DateOnly(Math.Clamp(year, 1, 9998) + 1, 1, 1));
            items = items.Where(i => i.GeneratedOn >= from && i.GeneratedOn < to);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            items = items.Where(i => i.Title.Contains(q) || i.Summary.Contains(q) || i.Keywords.Contains(q) || i.IndexNumber.Contains(q)
                || (i.DocumentNumber != null && i.DocumentNumber.Contains(q)));
        }

        var page = Math.Max(1, filter.Page);
        var total = await items.CountAsync(cancellationToken);
        var rows = await items.OrderByDescending(i => i.GeneratedOn).ThenByDescending(i => i.PublishedAt).ThenBy(i => i.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var names = all.ToDictionary(a => a.DepartmentId, a => a.Name);
        return new PublicCatalogPage([.. rows.Select(i => Row(i, names))], total, page, PageSize);
    }

    public async Task<IReadOnlyList<PublicCatalogRow>> LatestAsync(int count, CancellationToken cancellationToken)
    {
        var names = (await agencies.ListAsync(cancellationToken)).ToDictionary(a => a.DepartmentId, a => a.Name);
        var rows = await Published().OrderByDescending(i => i.PublishedAt).ThenBy(i => i.Id).Take(count).ToListAsync(cancellationToken);
        return [.. rows.Select(i => Row(i, names))];
    }

    public async Task<PublicCatalogItem?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await Published().SingleOrDefaultAsync(i => i.Id == id, cancellationToken) is not { } item)
        {
            return null;
        }

        var agency = await agencies.FindAsync(item.AgencyId, cancellationToken);
        var category = await db.Set<CatalogCategory>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == item.CategoryId, cancellationToken);
        var proactive = item.Attribute == DisclosureAttribute.Proactive;
        var files = proactive
            ? await db.Set<CatalogAttachment>().AsNoTracking().Where(a => a.ItemId == id).OrderBy(a => a.SortOrder).Select(a => new PublicFile(a.AttachmentId, a.Name)).ToListAsync(cancellationToken)
            : [];
        return new PublicCatalogItem(
            item.Id, item.IndexNumber, item.Title, item.Summary, item.GeneratedOn, item.DocumentNumber, item.PublishingAgency,
            agency?.Code ?? "", agency?.Name ?? item.PublishingAgency, item.PublishedAt!.Value, DisclosureNames.Of(item.Attribute), !proactive,
            DisclosureNames.Of(item.Validity), item.ValidityChangedOn, category?.Name ?? "", category?.Code ?? "", item.Subject, item.Genre, item.Keywords,
            proactive ? item.Body : "", files);
    }

    private static PublicCatalogRow Row(CatalogItem i, Dictionary<Guid, string> names)
        => new(i.Id, i.IndexNumber, i.Title, i.Summary, i.GeneratedOn, i.DocumentNumber, names.GetValueOrDefault(i.AgencyId, i.PublishingAgency), i.PublishedAt!.Value);

    private IQueryable<CatalogItem> Published()
        => db.Set<CatalogItem>().AsNoTracking()
            .Where(i => i.Status == CatalogItemStatus.Published && i.Attribute != DisclosureAttribute.NotDisclosed);
}

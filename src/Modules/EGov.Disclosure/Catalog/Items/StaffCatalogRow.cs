using EGov.Disclosure.Domain.Catalog;
using EGov.Platform.Clocks;

namespace EGov.Disclosure.Catalog.Items;

/// <summary>A row of the staff catalog list: an unpublished 主动公开 item carries its 第二十六条 due date and warning level.</summary>
internal sealed record StaffCatalogRow(
    Guid Id, string IndexNumber, string Title, Guid AgencyId, DateOnly GeneratedOn, DisclosureAttribute Attribute, CatalogItemStatus Status,
    DateOnly? DueDate, WarningLevel? WarningLevel, long Version);

/// <summary>Filters of the staff list; <see cref="Overdue"/> is the 逾期未公开 filter.</summary>
internal sealed record StaffCatalogFilter(string? Agency = null, CatalogItemStatus? Status = null, bool Overdue = false, string? Q = null, int Page = 1);

internal sealed record StaffCatalogPage(IReadOnlyList<StaffCatalogRow> Items, int Total, int Page, int PageSize);

using EGov.Disclosure.Domain.Catalog;

namespace EGov.Disclosure.Catalog.Demo;

/// <summary>What the demo writes for one catalog item.</summary>
internal sealed record DemoCatalogItem(
    string Agency, string Category, string Title, string Summary, DateOnly GeneratedOn, string? DocumentNumber, string Subject, string Genre, string Keywords)
{
    public DisclosureAttribute Attribute { get; init; } = DisclosureAttribute.Proactive;
    public string? AttributeReason { get; init; }
    public NonDisclosureGround? Ground { get; init; }
    public RegulatoryKind RegulatoryKind { get; init; }
    public DateOnly? RepealedOn { get; init; }
    public CatalogItemStatus Status { get; init; } = CatalogItemStatus.Published;
}

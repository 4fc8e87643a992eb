using EGov.Disclosure.Catalog.Items;
using EGov.Disclosure.Domain.Catalog;
using Microsoft.AspNetCore.Http;

namespace EGov.Disclosure.Areas.Disclosure.Pages.OfficeCatalog;

/// <summary>The catalog item form as posted by the create and edit pages.</summary>
internal sealed class CatalogItemInput
{
    public string? AgencyCode { get; set; }
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? Body { get; set; }
    public DateOnly? GeneratedOn { get; set; }
    public string? DocumentNumber { get; set; }
    public string? PublishingAgency { get; set; }
    public DisclosureAttribute? Attribute { get; set; }
    public NonDisclosureGround? NonDisclosureGround { get; set; }
    public string? AttributeReason { get; set; }
    public InformationValidity Validity { get; set; } = InformationValidity.Valid;
    public DateOnly? ValidityChangedOn { get; set; }
    public RegulatoryKind RegulatoryKind { get; set; }
    public Guid? CategoryId { get; set; }
    public string? Subject { get; set; }
    public string? Genre { get; set; }
    public string? Keywords { get; set; }
    public long Version { get; set; }
    public List<IFormFile> Upload { get; set; } = [];

    public CatalogItemFields ToFields() => new()
    {
        AgencyCode = AgencyCode,
        Title = Title,
        Summary = Summary,
        Body = Body,
        GeneratedOn = GeneratedOn,
        DocumentNumber = DocumentNumber,
        PublishingAgency = PublishingAgency,
        Attribute = Attribute,
        NonDisclosureGround = NonDisclosureGround,
        AttributeReason = AttributeReason,
        Validity = Validity,
        ValidityChangedOn = ValidityChangedOn,
        RegulatoryKind = RegulatoryKind,
        CategoryId = CategoryId,
        Subject = Subject,
        Genre = Genre,
        Keywords = Keywords,
        Version = Version,
    };

    public static CatalogItemInput From(CatalogItemFields f) => new()
    {
        AgencyCode = f.AgencyCode,
        Title = f.Title,
        Summary = f.Summary,
        Body = f.Body,
        GeneratedOn = f.GeneratedOn,
        DocumentNumber = f.DocumentNumber,
        PublishingAgency = f.PublishingAgency,
        Attribute = f.Attribute,
        NonDisclosureGround = f.NonDisclosureGround,
        AttributeReason = f.AttributeReason,
        Validity = f.Validity,
        ValidityChangedOn = f.ValidityChangedOn,
        RegulatoryKind = f.RegulatoryKind,
        CategoryId = f.CategoryId,
        Subject = f.Subject,
        Genre = f.Genre,
        Keywords = f.Keywords,
        Version = f.Version,
    };
}

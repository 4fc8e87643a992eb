using EGov.Disclosure.Domain.Catalog;

namespace EGov.Disclosure.Catalog.Items;

/// <summary>
/// What an editor types for a catalog item (every field of <see cref="CatalogItem"/> that people set).
/// <see cref="AgencyCode"/> counts only at creation; <see cref="Version"/> is the one read, for edits.
/// </summary>
internal sealed record CatalogItemFields
{
    public string? AgencyCode { get; init; }
    public string? Title { get; init; }
    public string? Summary { get; init; }
    public string? Body { get; init; }
    public DateOnly? GeneratedOn { get; init; }
    public string? DocumentNumber { get; init; }
    public string? PublishingAgency { get; init; }
    public DisclosureAttribute? Attribute { get; init; }
    public NonDisclosureGround? NonDisclosureGround { get; init; }
    public string? AttributeReason { get; init; }
    public InformationValidity Validity { get; init; } = InformationValidity.Valid;

    /// <summary>The day it became 失效 or 废止; today when left empty.</summary>
    public DateOnly? ValidityChangedOn { get; init; }

    public RegulatoryKind RegulatoryKind { get; init; }
    public Guid? CategoryId { get; init; }
    public string? Subject { get; init; }
    public string? Genre { get; init; }
    public string? Keywords { get; init; }

    /// <summary>Drafts uploaded through <c>POST /api/v1/attachments</c> to attach to the item.</summary>
    public IReadOnlyList<Guid> AttachmentIds { get; init; } = [];

    public long Version { get; init; }

    public static CatalogItemFields From(CatalogItem i, string agencyCode) => new()
    {
        AgencyCode = agencyCode,
        Title = i.Title,
        Summary = i.Summary,
        Body = i.Body,
        GeneratedOn = i.GeneratedOn,
        DocumentNumber = i.DocumentNumber,
        PublishingAgency = i.PublishingAgency,
        Attribute = i.Attribute,
        NonDisclosureGround = i.NonDisclosureGround,
        AttributeReason = i.AttributeReason,
        Validity = i.Validity,
        ValidityChangedOn = i.ValidityChangedOn,
        RegulatoryKind = i.RegulatoryKind,
        CategoryId = i.CategoryId,
        Subject = i.Subject,
        Genre = i.Genre,
        Keywords = i.Keywords,
        Version = i.Version,
    };
}

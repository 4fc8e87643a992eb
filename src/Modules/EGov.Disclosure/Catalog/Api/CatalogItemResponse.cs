using EGov.Disclosure.Catalog.Items;
using EGov.Disclosure.Domain;

namespace EGov.Disclosure.Catalog.Api;

/// <summary>A catalog item in the staff API, with its clock, reviews and files; enumerations as name and Chinese label.</summary>
internal sealed record CatalogItemResponse(
    Guid Id, string IndexNumber, string Agency, string AgencyName, string Title, string Summary, string Body, DateOnly GeneratedOn,
    string? DocumentNumber, string PublishingAgency, string Attribute, string AttributeName, string? NonDisclosureGround, string? AttributeReason,
    string Validity, string ValidityName, DateOnly? ValidityChangedOn, string RegulatoryKind, Guid CategoryId, string CategoryName, string Subject,
    string Genre, string Keywords, string Status, string StatusName, DateTime? PublishedAt, string? WithdrawalReason, long Version,
    bool ReviewedCurrentVersion, ClockResponse? Clock, IReadOnlyList<ReviewResponse> Reviews, IReadOnlyList<FileResponse> Files)
{
    public static CatalogItemResponse From(StaffCatalogView v)
    {
        var i = v.Item;
        return new CatalogItemResponse(
            i.Id, i.IndexNumber, v.AgencyCode, v.AgencyName, i.Title, i.Summary, i.Body, i.GeneratedOn, i.DocumentNumber, i.PublishingAgency,
            i.Attribute.ToString(), DisclosureNames.Of(i.Attribute), i.NonDisclosureGround is { } g ? DisclosureNames.Of(g) : null, i.AttributeReason,
            i.Validity.ToString(), DisclosureNames.Of(i.Validity), i.ValidityChangedOn, i.RegulatoryKind.ToString(), i.CategoryId, v.CategoryName, i.Subject,
            i.Genre, i.Keywords, i.Status.ToString(), DisclosureNames.Of(i.Status), i.PublishedAt, i.WithdrawalReason, i.Version, v.ReviewedCurrentVersion,
            v.Clock is { } c ? new ClockResponse(c.StartDate, c.DueDate, c.Level.ToString(), c.Stopped, c.Outcome) : null,
            [.. v.Reviews.Select(r => new ReviewResponse(r.ReviewerName, r.ReviewedAt, r.Passed, r.Opinion, r.ItemVersion))],
            [.. v.Attachments.Select(a => new FileResponse(a.AttachmentId, a.Name, $"/api/v1/attachments/{a.AttachmentId}"))]);
    }
}

internal sealed record ClockResponse(DateOnly StartDate, DateOnly DueDate, string WarningLevel, bool Stopped, string? Outcome);

internal sealed record ReviewResponse(string Reviewer, DateTime ReviewedAt, bool Passed, string Opinion, long ItemVersion);

internal sealed record FileResponse(Guid Id, string Name, string Url);

/// <summary>A row of the staff list in the API.</summary>
internal sealed record StaffRowResponse(
    Guid Id, string IndexNumber, string Title, DateOnly GeneratedOn, string Attribute, string Status, string StatusName, DateOnly? DueDate, string? WarningLevel, long Version)
{
    public static StaffRowResponse From(StaffCatalogRow r)
        => new(r.Id, r.IndexNumber, r.Title, r.GeneratedOn, r.Attribute.ToString(), r.Status.ToString(), DisclosureNames.Of(r.Status), r.DueDate, r.WarningLevel?.ToString(), r.Version);
}

using EGov.Disclosure.Catalog.Items;
using EGov.Disclosure.Domain;
using EGov.Disclosure.Domain.Catalog;

namespace EGov.Disclosure.Catalog.Api;

/// <summary>
/// A catalog item in the staff API. Enumerations are given by name (<c>Proactive</c>) or by their Chinese name
/// (<c>主动公开</c>); dates are ISO 8601.
/// </summary>
internal sealed record CatalogItemRequest(
    string? Agency, string? Title, string? Summary, string? Body, DateOnly? GeneratedOn, string? DocumentNumber, string? PublishingAgency,
    string? Attribute, string? NonDisclosureGround, string? AttributeReason, string? Validity, DateOnly? ValidityChangedOn, string? RegulatoryKind,
    Guid? CategoryId, string? Subject, string? Genre, string? Keywords, IReadOnlyList<Guid>? AttachmentIds, long Version)
{
    public CatalogItemFields ToFields() => new()
    {
        AgencyCode = Agency,
        Title = Title,
        Summary = Summary,
        Body = Body,
        GeneratedOn = GeneratedOn,
        DocumentNumber = DocumentNumber,
        PublishingAgency = PublishingAgency,
        Attribute = Parse<DisclosureAttribute>(Attribute, DisclosureNames.Of),
        NonDisclosureGround = Parse<NonDisclosureGround>(NonDisclosureGround, DisclosureNames.Of),
        AttributeReason = AttributeReason,
        Validity = string.IsNullOrWhiteSpace(Validity) ? InformationValidity.Valid : Parse<InformationValidity>(Validity, DisclosureNames.Of) ?? 0,
        ValidityChangedOn = ValidityChangedOn,
        RegulatoryKind = string.IsNullOrWhiteSpace(RegulatoryKind) ? Domain.Catalog.RegulatoryKind.None : Parse<RegulatoryKind>(RegulatoryKind, DisclosureNames.Of) ?? (RegulatoryKind)(-1),
        CategoryId = CategoryId,
        Subject = Subject,
        Genre = Genre,
        Keywords = Keywords,
        AttachmentIds = AttachmentIds ?? [],
        Version = Version,
    };

    /// <summary>By enum name or Chinese name; null when neither matches.</summary>
    internal static T? Parse<T>(string? value, Func<T, string> name)
        where T : struct, Enum
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            return null;
        }

        return Enum.TryParse<T>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(text, out _)
            ? parsed
            : Enum.GetValues<T>().Where(v => name(v) == text).Select(v => (T?)v).FirstOrDefault();
    }
}

/// <summary>Bodies of the workflow steps: the version read, and the step's words.</summary>
internal sealed record VersionRequest(long Version);

internal sealed record ReviewRequest(bool Passed, string? Opinion, long Version);

internal sealed record WithdrawRequest(string? Reason, long Version);

internal sealed record MoveRequest(bool Up);

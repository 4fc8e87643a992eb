using EGov.Documents.Domain;

namespace EGov.Documents.Outgoing.Reading;

/// <summary>One line of a 发文 list.</summary>
internal sealed record OutgoingRow(
    Guid Id, string Title, DocumentType Type, DocumentState State, string? DocumentNumber, Urgency Urgency, string DrafterName, string AgencyCode, DateTime UpdatedAt);

/// <summary>One page of a list (20 rows), with the total for paging.</summary>
internal sealed record OutgoingPage(IReadOnlyList<OutgoingRow> Rows, int Total, int Page, int PageSize);

using EGov.Documents.Domain;
using EGov.Documents.Domain.Incoming;

namespace EGov.Documents.Incoming.Reading;

/// <summary>One line of a 收文 list or export.</summary>
internal sealed record IncomingRow(
    Guid Id, string? IncomingNumber, string DocumentNumber, string Title, string SenderAgency, DocumentType Type, Urgency Urgency, Secrecy Secrecy,
    IncomingChannel Channel, RecipientRole RecipientRole, IncomingState State, Guid DepartmentId, DateTime DeliveredAt, DateTime? ReceivedAt, DateOnly? DueDate)
{
    public string DepartmentName { get; init; } = "";
}

internal sealed record IncomingPage(IReadOnlyList<IncomingRow> Rows, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

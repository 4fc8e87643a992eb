using EGov.Documents.Domain;
using EGov.Documents.Domain.Incoming;

namespace EGov.Documents.Incoming.Delivery;

/// <summary>
/// What a sender delivered to one recipient unit: a snapshot of the document as sent. The outgoing flow (电子交换),
/// the exchange-package import (交换包) and the 文书's paper registration (纸质) build one per recipient.
/// </summary>
/// <param name="SenderAgency">发文机关 as named on the document.</param>
/// <param name="DocumentNumber">发文字号, e.g. 西政发〔2026〕12号.</param>
/// <param name="RecipientDepartmentId">The receiving unit.</param>
internal sealed record IncomingSource(
    string SenderAgency,
    string DocumentNumber,
    string Title,
    DocumentType Type,
    Urgency Urgency,
    Secrecy Secrecy,
    DateOnly? WrittenOn,
    DateTime SentAt,
    Guid RecipientDepartmentId,
    RecipientRole RecipientRole,
    IncomingChannel Channel)
{
    /// <summary>The sending department when it is a unit on the platform (电子交换).</summary>
    public Guid? SenderDepartmentId { get; init; }

    /// <summary>The sender's key of the dispatch (e.g. the outgoing document's id), to read returns and replies back.</summary>
    public string? SourceReference { get; init; }

    /// <summary>The sealed PDF already in the attachment store (shared by all recipients of one dispatch).</summary>
    public Guid? AttachmentId { get; init; }

    /// <summary>Or the PDF's bytes, which the delivery stores.</summary>
    public byte[]? Pdf { get; init; }

    public string PdfFileName { get; init; } = "公文.pdf";

    /// <summary>份数 (paper documents).</summary>
    public int Copies { get; init; } = 1;
}

namespace EGov.Disclosure.Domain.Requests;

/// <summary>
/// 答复: the agency's decision on a request, drafted, reviewed, signed off and delivered with its 告知书 (PDF) and the
/// disclosed files. One per request.
/// </summary>
internal sealed class Reply
{
    public Guid RequestId { get; set; }
    public ReplyOutcome Outcome { get; set; }

    /// <summary>The reply's reasoning and content in the agency's words (reasons are required for every refusal, 第三十六条).</summary>
    public string Text { get; set; } = "";

    /// <summary>For 第三十六条第（一）项: where and how to obtain proactively disclosed information.</summary>
    public string? WhereToObtain { get; set; }

    /// <summary>For 第三十六条第（五）项: the agency that holds it, with its contact.</summary>
    public string? ResponsibleAgency { get; set; }

    public Guid DraftedBy { get; set; }
    public DateTime DraftedAt { get; set; }
    public Guid? ReviewedBy { get; set; }
    public DateTime? ReviewedAt { get; set; }
    public Guid? SignedOffBy { get; set; }
    public DateTime? SignedOffAt { get; set; }

    /// <summary>The generated 告知书 (attachment id).</summary>
    public Guid? LetterAttachmentId { get; set; }

    /// <summary>The day of service: signature for personal service, posting for mail (国办公开办函〔2016〕235号), upload for online.</summary>
    public DateOnly? DeliveredOn { get; set; }

    public string? DeliveryNote { get; set; }
    public DateTime? ArchivedAt { get; set; }
    public long Version { get; set; }
}

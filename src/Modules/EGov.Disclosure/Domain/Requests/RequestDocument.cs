namespace EGov.Disclosure.Domain.Requests;

/// <summary>A file of a request: a generated letter or notice, a disclosed file, a scan of a paper request.</summary>
internal sealed class RequestDocument
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid RequestId { get; set; }
    public Guid AttachmentId { get; set; }
    public RequestDocumentKind Kind { get; set; }
    public string Title { get; set; } = "";

    /// <summary>Letters and disclosed files are the applicant's once delivered; scans and drafts stay internal.</summary>
    public bool VisibleToApplicant { get; set; }

    public DateTime CreatedAt { get; set; }
}

internal enum RequestDocumentKind
{
    /// <summary>答复告知书.</summary>
    ReplyLetter = 1,

    /// <summary>公开的政府信息.</summary>
    DisclosedFile = 2,

    /// <summary>补正告知书.</summary>
    CorrectionLetter = 3,

    /// <summary>延期答复告知书.</summary>
    ExtensionLetter = 4,

    /// <summary>收费通知书.</summary>
    FeeLetter = 5,

    /// <summary>征求意见函.</summary>
    ConsultationLetter = 6,

    /// <summary>申请材料 (a scan of a paper request, the applicant's uploads).</summary>
    ApplicationMaterial = 7,

    /// <summary>其他告知书 (deemed withdrawal, termination).</summary>
    OtherLetter = 8,
}

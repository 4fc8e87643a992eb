namespace EGov.Documents.Domain;

/// <summary>
/// 公文 being drafted and issued (发文): every element of 条例 Art. 9 as the drafter and the later steps fill them in,
/// the template it was drafted on, and where it stands in the 发文办理 flow.
/// </summary>
internal sealed class OfficialDocument
{
    public Guid Id { get; set; }

    public Guid TemplateId { get; set; }

    /// <summary>The issuing agency (the template's): its leaders sign off (条例 Art. 21).</summary>
    public Guid AgencyId { get; set; }

    /// <summary>The 印发机关's department (normally the 办公室): it numbers, seals and distributes (条例 Art. 25).</summary>
    public Guid DispatchDepartmentId { get; set; }

    /// <summary>The drafter's department: its head reviews (核稿).</summary>
    public Guid DepartmentId { get; set; }

    public Guid DrafterId { get; set; }
    public string DrafterName { get; set; } = "";

    public DocumentType Type { get; set; }
    public Direction Direction { get; set; }

    /// <summary>份号: six digits, required for classified documents (条例 Art. 9(一)).</summary>
    public string? CopyNumber { get; set; }

    public Secrecy Secrecy { get; set; }

    /// <summary>保密期限 in years; null means the legal maximum of the level (spec §3.3).</summary>
    public int? SecrecyYears { get; set; }

    public Urgency Urgency { get; set; }

    /// <summary>文件格式 or 信函格式, copied from the template when drafting.</summary>
    public PrintFormat Format { get; set; }

    /// <summary>发文机关标志, copied from the template when drafting.</summary>
    public string AgencyMark { get; set; } = "";

    /// <summary>机关代字, e.g. 西政发, copied from the template.</summary>
    public string AgencyCode { get; set; } = "";

    /// <summary>发文字号, set at 编号 and never changed afterwards.</summary>
    public string? DocumentNumber { get; set; }

    /// <summary>签发人: the signing leader's name (printed on 上行文 only).</summary>
    public string? Signer { get; set; }

    public string Title { get; set; } = "";

    /// <summary>主送机关 as printed, e.g. 各街道办事处，区政府各部门.</summary>
    public string MainRecipients { get; set; } = "";

    /// <summary>Internal departments that receive the document as main recipients (公文交换).</summary>
    public List<Guid> MainRecipientIds { get; set; } = [];

    public string? CopyRecipients { get; set; }
    public List<Guid> CopyRecipientIds { get; set; } = [];

    /// <summary>正文: plain text, paragraphs separated by line breaks.</summary>
    public string Body { get; set; } = "";

    public string SignatureAgency { get; set; } = "";

    /// <summary>成文日期 when the drafter fixes it; else the sign-off date.</summary>
    public DateOnly? WrittenOn { get; set; }

    public string? Remarks { get; set; }
    public string PrintingAgency { get; set; } = "";
    public DateOnly? PrintedOn { get; set; }

    public DocumentState State { get; set; }

    /// <summary>Counts the submissions: the countersigns of one round belong to it.</summary>
    public int Round { get; set; }

    public Retention? Retention { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateOnly? SignedOffOn { get; set; }
    public DateTime? DistributedAt { get; set; }

    /// <summary>The sealed PDF (用印) in the attachment store, what every recipient receives.</summary>
    public Guid? SealedPdfId { get; set; }

    /// <summary>SM3 (hex) of the sealed PDF.</summary>
    public string? SealedSm3 { get; set; }

    public DateTime? SealedAt { get; set; }

    public Publicity Publicity { get; set; }

    /// <summary>The portal article of a 主动公开 document once published in 文件资料.</summary>
    public string? PortalUrl { get; set; }

    public DateTime? PublishedAt { get; set; }

    public long Version { get; set; }

    public List<DocumentAttachment> Attachments { get; set; } = [];

    public bool IsEditable => State is DocumentState.Draft or DocumentState.Returned;

    public bool IsClassified => Secrecy is Secrecy.Secret or Secrecy.Confidential or Secrecy.TopSecret;
}

namespace EGov.Approvals.Domain.Applications;

/// <summary>A written document of an application (受理通知书, 补正告知书, decisions, the licence…) stored as an attachment.</summary>
internal sealed class ApplicationDocument
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ApplicationId { get; set; }
    public DocumentKind Kind { get; set; }
    public string Title { get; set; } = "";
    public Guid AttachmentId { get; set; }
    public DateTime CreatedAt { get; set; }
    public bool VisibleToApplicant { get; set; } = true;
}

internal enum DocumentKind
{
    /// <summary>收件凭证 / 申请回执.</summary>
    Receipt,

    /// <summary>受理通知书.</summary>
    AcceptanceNotice,

    /// <summary>不予受理决定书.</summary>
    RejectionDecision,

    /// <summary>补正材料告知书.</summary>
    CorrectionNotice,

    /// <summary>特别程序告知书 (第四十五条).</summary>
    SpecialProcedureNotice,

    /// <summary>延长审批期限告知书 (第四十二条).</summary>
    ExtensionNotice,

    /// <summary>准予许可决定书.</summary>
    ApprovalDecision,

    /// <summary>不予许可决定书.</summary>
    DenialDecision,

    /// <summary>The result (licence, approval document) when not an e-licence.</summary>
    Result,

    /// <summary>电子证照 PDF.</summary>
    ELicence,

    /// <summary>A scan or other file staff add.</summary>
    Other,
}

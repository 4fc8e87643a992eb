namespace EGov.Documents.Domain.Incoming;

/// <summary>
/// 收文: one document as one recipient unit received it (条例 第二十四条), from 签收 to 归档. The sender's data is a
/// snapshot of what was sent; the handling fields fill in step by step.
/// </summary>
internal sealed class IncomingDocument
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The recipient unit whose 文书 signs for, registers and files it.</summary>
    public Guid DepartmentId { get; set; }

    public RecipientRole RecipientRole { get; set; }
    public IncomingChannel Channel { get; set; }

    public string SenderAgency { get; set; } = "";
    public Guid? SenderDepartmentId { get; set; }

    /// <summary>What the sending side knows the dispatch by (e.g. the outgoing document's id), to read returns and replies.</summary>
    public string? SourceReference { get; set; }

    /// <summary>发文字号 as the sender numbered it.</summary>
    public string DocumentNumber { get; set; } = "";

    public string Title { get; set; } = "";
    public DocumentType Type { get; set; }
    public Urgency Urgency { get; set; }
    public Secrecy Secrecy { get; set; }
    public DateOnly? WrittenOn { get; set; }
    public DateTime SentAt { get; set; }

    /// <summary>份数 received (counted at 签收, 条例 第二十四条（一）).</summary>
    public int Copies { get; set; } = 1;

    /// <summary>The (sealed) PDF in the platform's attachment store; none for a paper document registered without a scan.</summary>
    public Guid? AttachmentId { get; set; }

    public IncomingState State { get; set; }
    public DateTime DeliveredAt { get; set; }

    /// <summary>The time of receipt (条例 第二十四条（一）: 注明签收时间).</summary>
    public DateTime? ReceivedAt { get; set; }

    public string? ReceivedByName { get; set; }

    /// <summary>收文编号, e.g. 收文〔2026〕15号, per unit and year.</summary>
    public string? IncomingNumber { get; set; }

    public DateTime? RegisteredAt { get; set; }
    public HandlingKind? HandlingKind { get; set; }
    public string? ReturnReason { get; set; }
    public DateTime? ReturnedAt { get; set; }

    /// <summary>拟办意见 of the 文书.</summary>
    public string? Proposal { get; set; }

    /// <summary>批办意见 of the leader.</summary>
    public string? Instruction { get; set; }

    public string? InstructedByName { get; set; }

    /// <summary>主办部门 named in 批办 (条例 第二十四条（四）).</summary>
    public Guid? LeadDepartmentId { get; set; }

    /// <summary>办理时限: from the urgency on registration, or set by the leader.</summary>
    public DateOnly? DueDate { get; set; }

    public Guid? ClockId { get; set; }

    /// <summary>答复/办结 text.</summary>
    public string? Conclusion { get; set; }

    public DateTime? ConcludedAt { get; set; }
    public Retention? Retention { get; set; }
    public DateTime? ArchivedAt { get; set; }

    public long Version { get; set; }
}

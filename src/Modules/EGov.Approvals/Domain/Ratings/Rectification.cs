namespace EGov.Approvals.Domain.Ratings;

/// <summary>
/// 差评整改: the department's handling of a bad review on a clock (default 15 working days, configurable), with a
/// call-back record, the rectification, and the applicant's rating of it (满意 / 基本满意 / 不满意).
/// </summary>
internal sealed class Rectification
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid RatingId { get; set; }
    public Guid ApplicationId { get; set; }
    public Guid DepartmentId { get; set; }
    public RectificationState State { get; set; }

    /// <summary>立行立改 / 限期整改 / 解释说明.</summary>
    public RectificationKind? Kind { get; set; }

    public Guid? ClockId { get; set; }
    public DateOnly OpenedOn { get; set; }

    /// <summary>回访: when and how the applicant was called back, and what they said.</summary>
    public DateTime? CalledBackAt { get; set; }

    public string? CallBackNote { get; set; }
    public Guid? CalledBackBy { get; set; }

    /// <summary>整改情况.</summary>
    public string? Outcome { get; set; }

    public DateOnly? RectifiedOn { get; set; }
    public Guid? RectifiedBy { get; set; }

    /// <summary>The applicant's rating of the rectification.</summary>
    public RectificationFeedback? Feedback { get; set; }

    public string? FeedbackComment { get; set; }
    public DateTime? FeedbackAt { get; set; }

    /// <summary>申诉复核: the department contends the rating was mistaken or malicious.</summary>
    public string? AppealReason { get; set; }

    public bool? AppealUpheld { get; set; }
    public long Version { get; set; }

    /// <summary>How the applicant was called back: 电话, 短信, 上门, 当面.</summary>
    public string? CallBackMethod { get; set; }

    /// <summary>1 for the first rectification; 2 after the applicant was dissatisfied and it was reopened once.</summary>
    public int Round { get; set; } = 1;

    public DateTime? AppealedAt { get; set; }
    public Guid? AppealedBy { get; set; }

    /// <summary>The reviewer's reasons for upholding or dismissing the appeal.</summary>
    public string? AppealDecision { get; set; }

    public DateTime? AppealDecidedAt { get; set; }
    public Guid? AppealDecidedBy { get; set; }
}

internal enum RectificationState
{
    Open,
    CalledBack,
    Rectified,
    Closed,
    Appealed,
}

internal enum RectificationKind
{
    Immediate,
    Scheduled,
    Explained,
}

internal enum RectificationFeedback
{
    Satisfied,
    BasicallySatisfied,
    Dissatisfied,
}

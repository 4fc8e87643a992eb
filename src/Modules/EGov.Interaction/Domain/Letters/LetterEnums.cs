namespace EGov.Interaction.Domain.Letters;

/// <summary>诉求类型 (国办发〔2020〕53号): 咨询、投诉、建议、求助、举报.</summary>
internal enum LetterKind
{
    Consultation,
    Complaint,
    Suggestion,
    HelpRequest,
    Report,
}

internal enum LetterChannel
{
    /// <summary>The portal's write form (or the same API).</summary>
    Web,

    /// <summary>A registered client program through Open311 GeoReport v2.</summary>
    Open311,
}

/// <summary>
/// 登记 → 分办 → 签收 → 办理 → 答复审核 → 答复 → 评价 → 办结 (the closed loop of proposals-and-interaction.md §4.5).
/// </summary>
internal enum LetterState
{
    /// <summary>待审核: held by the sensitive-word filter; staff release or reject it. No clock yet.</summary>
    Held,

    /// <summary>待分办: registered, no rule matched or returned by a department; the dispatcher routes it.</summary>
    Registered,

    /// <summary>待签收: routed to a department, which signs for it within its limit.</summary>
    Routed,

    /// <summary>办理中 (also after 不满意 reopened it once).</summary>
    Handling,

    /// <summary>答复待审核: the handler's reply awaits the department head.</summary>
    ReplyReview,

    /// <summary>已答复: the writer may rate it.</summary>
    Replied,

    /// <summary>已办结.</summary>
    Closed,

    /// <summary>已合并 into another letter (duplicate); the other's reply answers it.</summary>
    Merged,

    /// <summary>不予受理: matters the hotline does not take (emergencies, litigation, 信访, disclosure requests…) or abuse.</summary>
    Rejected,
}

/// <summary>评价: 满意 / 基本满意 / 不满意.</summary>
internal enum Satisfaction
{
    Satisfied,
    BasicallySatisfied,
    Unsatisfied,
}

internal enum ReplyState
{
    /// <summary>Submitted for review.</summary>
    Submitted,

    /// <summary>Sent back by the reviewer with a note.</summary>
    Returned,

    /// <summary>Approved and sent to the writer.</summary>
    Approved,
}

internal enum ExtensionState
{
    Requested,
    Approved,
    Refused,
}

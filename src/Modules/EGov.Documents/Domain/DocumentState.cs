namespace EGov.Documents.Domain;

/// <summary>Where a 公文 stands in 发文办理 (条例 Art. 19–22, 25).</summary>
internal enum DocumentState
{
    /// <summary>拟稿.</summary>
    Draft,

    /// <summary>退回: back with the drafter, editable, with the comments of whoever returned it.</summary>
    Returned,

    /// <summary>待核稿.</summary>
    Reviewing,

    /// <summary>待会签: the chosen departments give their opinions in parallel.</summary>
    Countersigning,

    /// <summary>待签发.</summary>
    SigningOff,

    /// <summary>已签发，待编号.</summary>
    SignedOff,

    /// <summary>已编号，待用印.</summary>
    Numbered,

    /// <summary>已用印，待分发.</summary>
    Sealed,

    /// <summary>已分发.</summary>
    Distributed,

    /// <summary>已归档.</summary>
    Archived,
}

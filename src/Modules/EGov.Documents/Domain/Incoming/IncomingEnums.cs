namespace EGov.Documents.Domain.Incoming;

/// <summary>Where a received document stands in 收文办理 (条例 第二十四条).</summary>
internal enum IncomingState
{
    /// <summary>待签收</summary>
    Delivered,

    /// <summary>已签收，待登记</summary>
    Received,

    /// <summary>已登记，待初审</summary>
    Registered,

    /// <summary>初审退回来文单位</summary>
    Returned,

    /// <summary>阅知性公文：传阅中</summary>
    Circulating,

    /// <summary>批办性公文：待拟办</summary>
    AwaitingProposal,

    /// <summary>待领导批办</summary>
    AwaitingInstruction,

    /// <summary>主办部门承办中</summary>
    Handling,

    Concluded,
    Archived,
}

/// <summary>How the document reached the unit: 电子交换 inside the platform, an imported 交换包, or 纸质 registered by hand.</summary>
internal enum IncomingChannel
{
    Electronic,
    Package,
    Paper,
}

/// <summary>主送 or 抄送.</summary>
internal enum RecipientRole
{
    Main,
    Copy,
}

/// <summary>条例 第二十四条（四）: 阅知性公文 are circulated; 批办性公文 get 拟办 and a leader's 批办.</summary>
internal enum HandlingKind
{
    Reading,
    Instruction,
}

using EGov.Documents.Domain.Incoming;

namespace EGov.Documents.Incoming;

/// <summary>
/// The order of 收文办理 (条例 第二十四条): 签收 → 登记 → 初审 → 阅知性: 传阅; 批办性: 拟办 → 批办 → 承办 → 办结 → 归档.
/// Which step may be taken in which state, and the state it leads to.
/// </summary>
internal static class IncomingFlow
{
    public static bool Allows(IncomingState state, string step) => step switch
    {
        IncomingSteps.Received => state == IncomingState.Delivered,
        IncomingSteps.Registered => state == IncomingState.Received,
        IncomingSteps.Checked or IncomingSteps.Returned => state == IncomingState.Registered,
        IncomingSteps.Proposed => state == IncomingState.AwaitingProposal,
        IncomingSteps.Instructed => state == IncomingState.AwaitingInstruction,
        IncomingSteps.Opinion or IncomingSteps.Reminded => state == IncomingState.Handling,
        IncomingSteps.Concluded => state is IncomingState.Handling or IncomingState.Circulating,
        IncomingSteps.Archived => state == IncomingState.Concluded,
        IncomingSteps.Circulated => state is IncomingState.Circulating or IncomingState.AwaitingProposal or IncomingState.AwaitingInstruction
            or IncomingState.Handling or IncomingState.Concluded,
        _ => false,
    };

    /// <summary>The state after 初审 passes: 阅知性 documents are circulated, 批办性 ones wait for 拟办.</summary>
    public static IncomingState AfterCheck(HandlingKind kind) => kind == HandlingKind.Reading ? IncomingState.Circulating : IncomingState.AwaitingProposal;

    /// <summary>A handling clock runs from registration to 办结, or stops at 退回.</summary>
    public static bool IsOpen(IncomingState state) => state is not (IncomingState.Returned or IncomingState.Concluded or IncomingState.Archived);
}

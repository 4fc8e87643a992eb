namespace EGov.Documents.Domain;

/// <summary>A step of 发文办理.</summary>
internal enum FlowAction
{
    Edit,
    Submit,
    Review,
    Countersign,
    SignOff,
    Number,
    Seal,
    Distribute,
    Archive,
    Return,
    Publish,
}

/// <summary>
/// The 发文办理 state machine (条例 Art. 19–22, 25): 拟稿 → 核稿 → 会签 (skipped when no department is chosen) → 签发 →
/// 编号 → 用印 → 分发 → 归档; every step before 分发 can send the document back to the drafter.
/// </summary>
internal static class DocumentFlow
{
    private static readonly Dictionary<FlowAction, DocumentState[]> From = new()
    {
        [FlowAction.Edit] = [DocumentState.Draft, DocumentState.Returned],
        [FlowAction.Submit] = [DocumentState.Draft, DocumentState.Returned],
        [FlowAction.Review] = [DocumentState.Reviewing],
        [FlowAction.Countersign] = [DocumentState.Countersigning],
        [FlowAction.SignOff] = [DocumentState.SigningOff],
        [FlowAction.Number] = [DocumentState.SignedOff],
        [FlowAction.Seal] = [DocumentState.Numbered],
        [FlowAction.Distribute] = [DocumentState.Sealed],
        [FlowAction.Archive] = [DocumentState.Distributed],
        [FlowAction.Publish] = [DocumentState.Distributed, DocumentState.Archived],
        [FlowAction.Return] = [DocumentState.Reviewing, DocumentState.Countersigning, DocumentState.SigningOff, DocumentState.SignedOff, DocumentState.Numbered],
    };

    public static bool Allows(DocumentState state, FlowAction action) => From[action].Contains(state);

    /// <summary>The state after a step whose outcome does not depend on anything else.</summary>
    public static DocumentState After(FlowAction action) => action switch
    {
        FlowAction.Submit => DocumentState.Reviewing,
        FlowAction.SignOff => DocumentState.SignedOff,
        FlowAction.Number => DocumentState.Numbered,
        FlowAction.Seal => DocumentState.Sealed,
        FlowAction.Distribute => DocumentState.Distributed,
        FlowAction.Archive => DocumentState.Archived,
        FlowAction.Return => DocumentState.Returned,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "这一步的结果取决于会签情况。"),
    };

    /// <summary>核稿 passed: to the chosen departments for 会签, or straight to 签发 when none is chosen.</summary>
    public static DocumentState AfterReview(int countersignDepartments)
        => countersignDepartments > 0 ? DocumentState.Countersigning : DocumentState.SigningOff;

    /// <summary>会签 answers so far (null = not yet): one disagreement returns it, all agreeing sends it to 签发.</summary>
    public static DocumentState AfterCountersign(IReadOnlyCollection<bool?> answers)
        => answers.Any(a => a == false) ? DocumentState.Returned
            : answers.All(a => a == true) ? DocumentState.SigningOff
            : DocumentState.Countersigning;
}

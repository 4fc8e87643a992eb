using EGov.Documents.Domain;

namespace EGov.Documents.Outgoing;

/// <summary>Chinese names and API codes of the 发文 states, steps and decisions.</summary>
internal static class OutgoingNames
{
    public static string Of(DocumentState state) => state switch
    {
        DocumentState.Draft => "拟稿",
        DocumentState.Returned => "已退回",
        DocumentState.Reviewing => "待核稿",
        DocumentState.Countersigning => "待会签",
        DocumentState.SigningOff => "待签发",
        DocumentState.SignedOff => "待编号",
        DocumentState.Numbered => "待用印",
        DocumentState.Sealed => "待分发",
        DocumentState.Distributed => "已分发",
        _ => "已归档",
    };

    public static string Of(OpinionStep step) => step switch
    {
        OpinionStep.Draft => "拟稿",
        OpinionStep.Review => "核稿",
        OpinionStep.Countersign => "会签",
        OpinionStep.SignOff => "签发",
        OpinionStep.Number => "编号",
        OpinionStep.Seal => "用印",
        OpinionStep.Distribute => "分发",
        OpinionStep.Publish => "门户公开",
        _ => "归档",
    };

    public static string Of(OpinionDecision decision) => decision switch
    {
        OpinionDecision.Submitted => "提交",
        OpinionDecision.Approved => "通过",
        OpinionDecision.Agreed => "同意",
        OpinionDecision.Disagreed => "不同意",
        OpinionDecision.Returned => "退回",
        _ => "完成",
    };

    public static string Code(DocumentState state) => state.ToString().ToLowerInvariant();

    public static string Code(OpinionStep step) => step.ToString().ToLowerInvariant();

    public static string Code(OpinionDecision decision) => decision.ToString().ToLowerInvariant();
}

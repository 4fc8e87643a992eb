using EGov.Documents.Domain.Incoming;

namespace EGov.Documents.Incoming;

/// <summary>The Chinese and API names of the 收文 enumerations.</summary>
internal static class IncomingNames
{
    public static string Of(IncomingState state) => state switch
    {
        IncomingState.Delivered => "待签收",
        IncomingState.Received => "待登记",
        IncomingState.Registered => "待初审",
        IncomingState.Returned => "已退回",
        IncomingState.Circulating => "传阅中",
        IncomingState.AwaitingProposal => "待拟办",
        IncomingState.AwaitingInstruction => "待批办",
        IncomingState.Handling => "承办中",
        IncomingState.Concluded => "已办结",
        _ => "已归档",
    };

    public static string Code(IncomingState state) => state switch
    {
        IncomingState.Delivered => "delivered",
        IncomingState.Received => "received",
        IncomingState.Registered => "registered",
        IncomingState.Returned => "returned",
        IncomingState.Circulating => "circulating",
        IncomingState.AwaitingProposal => "awaiting_proposal",
        IncomingState.AwaitingInstruction => "awaiting_instruction",
        IncomingState.Handling => "handling",
        IncomingState.Concluded => "concluded",
        _ => "archived",
    };

    public static string Of(IncomingChannel channel) => channel switch
    {
        IncomingChannel.Electronic => "电子交换",
        IncomingChannel.Package => "交换包",
        _ => "纸质",
    };

    public static string Of(RecipientRole role) => role == RecipientRole.Main ? "主送" : "抄送";

    public static string Of(HandlingKind kind) => kind == HandlingKind.Reading ? "阅知性" : "批办性";
}

using EGov.Documents.Domain.Incoming;

namespace EGov.Documents.Incoming.Reading;

/// <summary>The lists of the 收文 page, by query value (<c>tab=</c>).</summary>
internal enum IncomingTab
{
    All,
    ToReceive,
    ToRegister,
    ToPropose,
    ToInstruct,
    Handling,
    ToRead,
    Done,
}

internal static class IncomingTabs
{
    public static IReadOnlyList<IncomingTab> Ordered { get; } =
        [IncomingTab.ToReceive, IncomingTab.ToRegister, IncomingTab.ToPropose, IncomingTab.ToInstruct, IncomingTab.Handling, IncomingTab.ToRead, IncomingTab.Done, IncomingTab.All];

    public static string Code(IncomingTab tab) => tab switch
    {
        IncomingTab.ToReceive => "receive",
        IncomingTab.ToRegister => "register",
        IncomingTab.ToPropose => "propose",
        IncomingTab.ToInstruct => "instruct",
        IncomingTab.Handling => "handling",
        IncomingTab.ToRead => "read",
        IncomingTab.Done => "done",
        _ => "all",
    };

    public static string Name(IncomingTab tab) => tab switch
    {
        IncomingTab.ToReceive => "待签收",
        IncomingTab.ToRegister => "待登记/初审",
        IncomingTab.ToPropose => "待拟办",
        IncomingTab.ToInstruct => "待批办",
        IncomingTab.Handling => "承办中",
        IncomingTab.ToRead => "待阅",
        IncomingTab.Done => "已办结",
        _ => "全部",
    };

    public static IncomingTab? Parse(string? code)
        => string.IsNullOrWhiteSpace(code) ? IncomingTab.All : Ordered.Cast<IncomingTab?>().FirstOrDefault(t => string.Equals(Code(t!.Value), code.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The states a tab lists; 待阅 lists by the reader's circulations instead.</summary>
    public static IncomingState[] States(IncomingTab tab) => tab switch
    {
        IncomingTab.ToReceive => [IncomingState.Delivered],
        IncomingTab.ToRegister => [IncomingState.Received, IncomingState.Registered],
        IncomingTab.ToPropose => [IncomingState.AwaitingProposal],
        IncomingTab.ToInstruct => [IncomingState.AwaitingInstruction],
        IncomingTab.Handling => [IncomingState.Handling, IncomingState.Circulating],
        IncomingTab.Done => [IncomingState.Concluded, IncomingState.Archived, IncomingState.Returned],
        _ => Enum.GetValues<IncomingState>(),
    };
}

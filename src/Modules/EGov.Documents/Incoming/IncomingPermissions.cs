namespace EGov.Documents.Incoming;

/// <summary>The permissions of 收文办理 (the planned names of the 公文 module, defined here until merged into Contracts).</summary>
internal static class IncomingPermissions
{
    /// <summary>The unit's 文书: 签收、登记、初审、拟办、传阅、催办、归档, and registering paper documents.</summary>
    public const string Receive = "documents.receive";

    /// <summary>Leaders: 批办 (and 传阅).</summary>
    public const string Instruct = "documents.instruct";

    /// <summary>Staff of the lead and assisting units: 承办、协办意见、办结.</summary>
    public const string Handle = "documents.handle";
}

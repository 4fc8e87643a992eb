namespace EGov.Documents.Contracts;

/// <summary>Permission names of the 公文 module (<c>documents.action</c>).</summary>
public static class DocumentsPermissions
{
    public const string Prefix = "documents.";

    /// <summary>拟稿: draft 公文 of the own department.</summary>
    public const string Draft = "documents.draft";

    /// <summary>核稿: the office or department head checks the drafts of the department.</summary>
    public const string Review = "documents.review";

    /// <summary>会签: give the department's opinion on another department's draft.</summary>
    public const string Countersign = "documents.countersign";

    /// <summary>签发: the agency's leaders.</summary>
    public const string SignOff = "documents.signoff";

    /// <summary>编号、用印、分发、归档: the 文书 of the 印发机关 (normally the 办公室).</summary>
    public const string Dispatch = "documents.dispatch";

    /// <summary>收文签收、登记、初审、拟办: the 文书.</summary>
    public const string Receive = "documents.receive";

    /// <summary>批办: leaders.</summary>
    public const string Instruct = "documents.instruct";

    /// <summary>承办、办结: staff.</summary>
    public const string Handle = "documents.handle";

    /// <summary>Manage the agencies' 公文模板.</summary>
    public const string Templates = "documents.templates";

    /// <summary>发文和收文统计.</summary>
    public const string Statistics = "documents.statistics";

    /// <summary>跨网公文交换: this unit's 交换证书, external agencies, exporting and importing 交换包.</summary>
    public const string Exchange = "documents.exchange";
}

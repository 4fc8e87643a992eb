namespace EGov.Documents.Contracts;

/// <summary>Permission names of the 公文 module (<c>documents.action</c>).</summary>
public static class DocumentsPermissions
{
    public const string Prefix = "documents.";

    /// <summary>跨网公文交换: this unit's 交换证书, external agencies, exporting and importing 交换包.</summary>
    public const string Exchange = "documents.exchange";
}

namespace EGov.Documents.Contracts;

/// <summary>Permission names of the 公文 module (<c>documents.action</c>).</summary>
public static class DocumentsPermissions
{
    public const string Prefix = "documents.";
}

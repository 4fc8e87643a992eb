namespace EGov.Platform.Audit;

/// <summary>Permissions of the audit administrator (审计管理员, 等保 8.1.5.2); also the names of their policies.</summary>
public static class AuditPermissions
{
    public const string View = "audit.view";
    public const string Export = "audit.export";
}

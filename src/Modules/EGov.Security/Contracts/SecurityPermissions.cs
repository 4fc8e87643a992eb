namespace EGov.Security.Contracts;

/// <summary>Permission names of the 安全管理 module (<c>security.action</c>).</summary>
public static class SecurityPermissions
{
    public const string Prefix = "security.";

    /// <summary>印章管理: make, revoke and list the agencies' e-seals (security administrator).</summary>
    public const string Seals = "security.seals";
}

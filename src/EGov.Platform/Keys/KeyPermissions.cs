namespace EGov.Platform.Keys;

/// <summary>Permission and policy names of key management (安全管理员).</summary>
public static class KeyPermissions
{
    /// <summary>See the key store and rotate keys.</summary>
    public const string Manage = "security.keys.manage";
}

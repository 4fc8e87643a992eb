namespace EGov.Platform.Identity.Authorization;

/// <summary>Policy names. <c>perm:NAME</c> needs no registration: <see cref="PermissionPolicyProvider"/> builds it.</summary>
public static class PlatformPolicies
{
    public const string PermissionPrefix = "perm:";

    /// <summary>Staff accounts only (the office portal).</summary>
    public const string Staff = "account:staff";

    /// <summary>One of the three administrators (the admin console).</summary>
    public const string Administrator = "account:admin";

    /// <summary>Citizens and enterprises.</summary>
    public const string Public = "account:public";

    public static string Permission(string permission) => PermissionPrefix + permission;
}

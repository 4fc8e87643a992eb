namespace EGov.Platform.Identity.Authorization;

/// <summary>Marks the few endpoints a user who must change the password may still reach (change it, sign out).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AllowDuringPasswordChangeAttribute : Attribute;

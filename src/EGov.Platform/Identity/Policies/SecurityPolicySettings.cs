namespace EGov.Platform.Identity.Policies;

/// <summary>The security policy in force: lockout, password rules and session time-outs.</summary>
public sealed record SecurityPolicySettings(
    int LockoutThreshold,
    int LockoutMinutes,
    int PasswordMinLength,
    int PasswordRequiredClasses,
    int PasswordExpiryDays,
    int IdleTimeoutMinutes,
    int AbsoluteTimeoutHours)
{
    /// <summary>The cookie's own sliding lifetime; the server-side session enforces the (shorter or equal) policy value.</summary>
    public const int MaxIdleTimeoutMinutes = 30;

    public const int MaxAbsoluteTimeoutHours = 12;

    /// <summary>Longer passwords are refused so that hashing stays cheap to ask for (ASVS 2.1.2).</summary>
    public const int PasswordMaxLength = 128;
}
